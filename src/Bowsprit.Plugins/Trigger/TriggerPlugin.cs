using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Prow's trigger: turns pull requests, pushes and <c>/test</c>-style comments into ProwJobs, running code only
/// for trusted authors or PRs a trusted user vouched for. Stateless: each event reads the config snapshot it
/// was delivered with.
/// </summary>
public sealed class TriggerPlugin : IPlugin, IPullRequestHandler, IGenericCommentHandler, IPushHandler
{
    public string Name => "trigger";

    public PluginHelp Help(PluginsConfig config) => TriggerHelp.For(config);

    public Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct) =>
        new PullRequestActions(context).HandleAsync(pullRequest, ct);

    public Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct) =>
        new CommentActions(context).HandleAsync(comment, ct);

    public Task HandlePushAsync(PluginContext context, PushEvent push, CancellationToken ct) =>
        new PushActions(context).HandleAsync(push, ct);
}
