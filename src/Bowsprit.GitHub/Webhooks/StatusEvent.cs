using System.Text.Json.Serialization;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The <c>status</c> event.</summary>
public sealed class StatusEvent
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("context")] public string Context { get; set; } = "";
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("target_url")] public string? TargetUrl { get; set; }
    [JsonPropertyName("branches")] public List<Branch> Branches { get; set; } = [];
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("repository")] public Repository Repository { get; set; } = new();
    [JsonPropertyName("sender")] public User Sender { get; set; } = new();
    [JsonPropertyName("installation")] public Installation? Installation { get; set; }
}
