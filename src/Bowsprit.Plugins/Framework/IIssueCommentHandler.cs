using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to raw <c>issue_comment</c> events (most plugins want <see cref="IGenericCommentHandler"/>).</summary>
public interface IIssueCommentHandler
{
    Task HandleIssueCommentAsync(PluginContext context, IssueCommentEvent comment, CancellationToken ct);
}
