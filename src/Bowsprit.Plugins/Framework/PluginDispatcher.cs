using System.Diagnostics;
using Bowsprit.GitHub.Webhooks;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plugins.Framework;

/// <summary>
/// Runs the enabled plugins' handlers for one event, concurrently and isolated: one plugin throwing never
/// stops another, and each failure is logged with the plugin, event and delivery.
/// </summary>
public sealed partial class PluginDispatcher(IEnumerable<IPlugin> plugins, ILogger<PluginDispatcher> logger)
{
    private readonly IReadOnlyList<IPlugin> _plugins = [.. plugins];

    public IReadOnlyList<IPlugin> Plugins => _plugins;

    /// <summary>Handles <paramref name="payload"/> (a typed webhook event); returns the outcome per plugin.</summary>
    public async Task<IReadOnlyList<PluginOutcome>> DispatchAsync(PluginContext context, string eventName, object payload, CancellationToken ct)
    {
        var (org, repo) = RepositoryOf(payload);
        var enabled = PluginEnablement.For(context.Plugins, org, repo);
        var comment = GenericComments.From(payload, context.EventGuid);
        var work = new List<Task<PluginOutcome>>();
        foreach (var plugin in _plugins.Where(p => enabled.Contains(p.Name)))
        {
            var handlers = Handlers(plugin, context, payload, comment, ct);
            foreach (var (kind, run) in handlers)
            {
                work.Add(RunAsync(plugin.Name, eventName, kind, run, context));
            }
        }

        return await Task.WhenAll(work);
    }

    private static List<(string Kind, Func<Task> Run)> Handlers(IPlugin plugin, PluginContext context, object payload, GenericCommentEvent? comment, CancellationToken ct)
    {
        var handlers = new List<(string, Func<Task>)>();
        switch (payload)
        {
            case PullRequestEvent e when plugin is IPullRequestHandler h:
                handlers.Add(("pull_request", () => h.HandlePullRequestAsync(context, e, ct)));
                break;
            case IssuesEvent e when plugin is IIssueHandler h:
                handlers.Add(("issues", () => h.HandleIssueAsync(context, e, ct)));
                break;
            case IssueCommentEvent e when plugin is IIssueCommentHandler h:
                handlers.Add(("issue_comment", () => h.HandleIssueCommentAsync(context, e, ct)));
                break;
            case PullRequestReviewEvent e when plugin is IReviewHandler h:
                handlers.Add(("pull_request_review", () => h.HandleReviewAsync(context, e, ct)));
                break;
            case PushEvent e when plugin is IPushHandler h:
                handlers.Add(("push", () => h.HandlePushAsync(context, e, ct)));
                break;
            case StatusEvent e when plugin is IStatusHandler h:
                handlers.Add(("status", () => h.HandleStatusAsync(context, e, ct)));
                break;
        }

        if (comment is not null && plugin is IGenericCommentHandler g)
        {
            handlers.Add(("generic_comment", () => g.HandleGenericCommentAsync(context, comment, ct)));
        }

        return handlers;
    }

    private async Task<PluginOutcome> RunAsync(string plugin, string eventName, string kind, Func<Task> run, PluginContext context)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            await Task.Yield();
            await run();
            return new PluginOutcome(plugin, kind, watch.Elapsed, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogPluginFailed(logger, plugin, eventName, kind, context.EventGuid, e);
            return new PluginOutcome(plugin, kind, watch.Elapsed, e);
        }
    }

    public static (string Org, string Repo) RepositoryOf(object payload) => payload switch
    {
        PullRequestEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        IssuesEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        IssueCommentEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        PullRequestReviewEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        PullRequestReviewCommentEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        PushEvent e => (e.Repository.Owner.Login is { Length: > 0 } login ? login : e.Repository.Owner.Name ?? "", e.Repository.Name),
        StatusEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        RefEvent e => (e.Repository.Owner.Login, e.Repository.Name),
        _ => ("", ""),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Plugin {Plugin} failed handling {Event} ({Kind}) for delivery {Delivery}")]
    private static partial void LogPluginFailed(ILogger logger, string plugin, string @event, string kind, string delivery, Exception exception);
}
