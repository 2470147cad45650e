using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>pull_request_review_comment</c> event.</summary>
public sealed class PullRequestReviewCommentEvent
{
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("comment")] public ReviewComment Comment { get; set; } = new();
    [JsonPropertyName("pull_request")] public PullRequest PullRequest { get; set; } = new();
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("changes")] public EventChanges? Changes { get; set; }
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }
}
