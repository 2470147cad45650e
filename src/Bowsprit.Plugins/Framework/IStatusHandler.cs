using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to <c>status</c> events.</summary>
public interface IStatusHandler
{
    Task HandleStatusAsync(PluginContext context, StatusEvent status, CancellationToken ct);
}
