using Bowsprit.Core.Config;
using Bowsprit.Core.Plugins;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plugins.Framework;

/// <summary>
/// What a plugin handler gets for one event: clients, the config snapshots in force when the event arrived
/// (read once, never cached by plugins) and the delivery's identity for logs and labels.
/// </summary>
public sealed class PluginContext
{
    public required GitHubClient GitHub { get; init; }

    public required ProwConfig Config { get; init; }

    public required PluginsConfig Plugins { get; init; }

    public required IProwJobStore ProwJobs { get; init; }

    public required ProwJobFactory JobFactory { get; init; }

    public required TimeProvider Time { get; init; }

    public required ILogger Logger { get; init; }

    /// <summary>The bot's own login: its comments are ignored and it is always trusted.</summary>
    public required string BotLogin { get; init; }

    /// <summary>The delivery id (<c>X-GitHub-Delivery</c>), stamped on ProwJobs as <c>event-GUID</c>.</summary>
    public required string EventGuid { get; init; }
}
