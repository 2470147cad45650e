using Bowsprit.GitHub.Webhooks;

namespace Bowsprit.Plugins.Framework;

/// <summary>Reacts to <c>pull_request_review</c> events.</summary>
public interface IReviewHandler
{
    Task HandleReviewAsync(PluginContext context, PullRequestReviewEvent review, CancellationToken ct);
}
