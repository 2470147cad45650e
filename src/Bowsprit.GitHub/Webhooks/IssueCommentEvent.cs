using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>issue_comment</c> event, on issues and pull requests alike.</summary>
public sealed class IssueCommentEvent
{
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("issue")] public Issue Issue { get; set; } = new();
    [JsonPropertyName("comment")] public IssueComment Comment { get; set; } = new();
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("changes")] public EventChanges? Changes { get; set; }
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }
}
