using System.Text.Json;
using Bowsprit.Core.Config;
using Bowsprit.Core.Plugins;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hosting;
using Bowsprit.Plugins.Framework;
using Bowsprit.Sqlite;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hook;

/// <summary>
/// Turns one inbox delivery into plugin calls: parse the typed event, take the config snapshots in force now,
/// run the enabled plugins (isolated from each other), then forward the raw delivery to external plugins.
/// Returns an error summary, or null when everything succeeded.
/// </summary>
public sealed partial class DeliveryProcessor(
    PluginDispatcher dispatcher,
    ExternalPluginForwarder externals,
    ConfigAgent<ProwConfig> config,
    ConfigAgent<PluginsConfig> plugins,
    GitHubClient github,
    IProwJobStore prowJobs,
    ProwJobFactory jobFactory,
    HookOptions options,
    HookMetrics metrics,
    TimeProvider time,
    ILogger<DeliveryProcessor> logger)
{
    public async Task<string?> ProcessAsync(InboxDelivery delivery, CancellationToken ct)
    {
        var pluginsConfig = plugins.Current.Value;
        var errors = new List<string>();
        object? payload = null;
        if (WebhookPayloads.KnownEvents.Contains(delivery.Event))
        {
            try
            {
                payload = WebhookPayloads.Parse(delivery.Event, delivery.Body);
            }
            catch (JsonException e)
            {
                LogMalformed(logger, delivery.Event, delivery.Guid, e.Message);
                return $"malformed {delivery.Event} payload: {e.Message}";
            }
        }

        if (payload is not null)
        {
            var context = new PluginContext
            {
                GitHub = github,
                Config = config.Current.Value,
                Plugins = pluginsConfig,
                ProwJobs = prowJobs,
                JobFactory = jobFactory,
                Time = time,
                Logger = logger,
                BotLogin = options.BotLogin,
                EventGuid = delivery.Guid,
            };
            using (logger.BeginScope(new Dictionary<string, object> { ["event_guid"] = delivery.Guid, ["event_type"] = delivery.Event, ["key"] = delivery.OrderingKey }))
            {
                var action = ActionOf(payload);
                foreach (var outcome in await dispatcher.DispatchAsync(context, delivery.Event, payload, ct))
                {
                    metrics.PluginDuration.WithLabels(delivery.Event, action, outcome.Plugin, "true").Observe(outcome.Duration.TotalSeconds);
                    if (!outcome.Succeeded)
                    {
                        metrics.PluginErrors.WithLabels(delivery.Event, action, outcome.Plugin, "true").Inc();
                        errors.Add($"{outcome.Plugin}: {outcome.Error!.Message}");
                    }
                }
            }
        }

        errors.AddRange(await externals.ForwardAsync(delivery, pluginsConfig, ct));
        return errors.Count == 0 ? null : string.Join("; ", errors);
    }

    private static string ActionOf(object payload) => payload switch
    {
        PullRequestEvent e => e.Action,
        IssuesEvent e => e.Action,
        IssueCommentEvent e => e.Action,
        PullRequestReviewEvent e => e.Action,
        PullRequestReviewCommentEvent e => e.Action,
        _ => "",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Malformed {Event} delivery {Delivery}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string @event, string delivery, string reason);
}
