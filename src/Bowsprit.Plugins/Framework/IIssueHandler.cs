using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to <c>issues</c> events.</summary>
public interface IIssueHandler
{
    Task HandleIssueAsync(PluginContext context, IssuesEvent issue, CancellationToken ct);
}
