using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to <c>push</c> events.</summary>
public interface IPushHandler
{
    Task HandlePushAsync(PluginContext context, PushEvent push, CancellationToken ct);
}
