using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to <c>pull_request</c> events.</summary>
public interface IPullRequestHandler
{
    Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct);
}
