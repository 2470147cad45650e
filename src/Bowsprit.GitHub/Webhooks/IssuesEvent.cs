using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>issues</c> event.</summary>
public sealed class IssuesEvent
{
    [JsonPropertyName("action")] public string Action { get; set; } = "";
    [JsonPropertyName("issue")] public Issue Issue { get; set; } = new();
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("label")] public Label? Label { get; set; }
    [JsonPropertyName("assignee")] public User? Assignee { get; set; }
    [JsonPropertyName("changes")] public EventChanges? Changes { get; set; }
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }
}
