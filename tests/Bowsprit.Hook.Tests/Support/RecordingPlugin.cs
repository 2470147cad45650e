using System.Collections.Concurrent;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Hook.Tests.Support;

/// <summary>A test plugin that records what it is given and, for <c>/echo X</c>, comments <c>X</c> back through GitHub.</summary>
public sealed class RecordingPlugin(string name = "recorder") : IPlugin, IGenericCommentHandler, IPullRequestHandler, IPushHandler
{
    public string Name { get; } = name;

    public ConcurrentQueue<string> Seen { get; } = new();

    public TaskCompletionSource FirstEvent { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PluginHelp Help(PluginsConfig config) => new() { Description = "Records events (tests only)." };

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        Seen.Enqueue($"comment:{comment.Number}:{comment.Body}");
        if (comment.Body.StartsWith("/echo ", StringComparison.Ordinal) && comment.User.Login != context.BotLogin)
        {
            await context.GitHub.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, comment.Body["/echo ".Length..], ct);
        }

        FirstEvent.TrySetResult();
    }

    public Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct)
    {
        Seen.Enqueue($"pull_request:{pullRequest.Number}:{pullRequest.Action}");
        FirstEvent.TrySetResult();
        return Task.CompletedTask;
    }

    public Task HandlePushAsync(PluginContext context, PushEvent push, CancellationToken ct)
    {
        Seen.Enqueue($"push:{push.Ref}");
        FirstEvent.TrySetResult();
        return Task.CompletedTask;
    }
}
