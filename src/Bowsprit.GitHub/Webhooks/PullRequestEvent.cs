using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>pull_request</c> event.</summary>
public sealed class PullRequestEvent
{
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("number")] public int Number { get; set; }
    [JsonPropertyName("pull_request")] public PullRequest PullRequest { get; set; } = new();
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("label")] public Label? Label { get; set; }
    [JsonPropertyName("requested_reviewer")] public User? RequestedReviewer { get; set; }
    [JsonPropertyName("assignee")] public User? Assignee { get; set; }
    [JsonPropertyName("changes")] public EventChanges? Changes { get; set; }
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }

    /// <summary>For <c>synchronize</c>: the head before and after the push.</summary>
    [JsonPropertyName("before")] public string? Before { get; set; }

    [JsonPropertyName("after")] public string? After { get; set; }
}
