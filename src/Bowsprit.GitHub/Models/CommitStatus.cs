using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>One status context on a commit.</summary>
public sealed class CommitStatus
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("context")] public string Context { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("target_url")] public string? TargetUrl { get; set; }
    [JsonPropertyName("creator")] public User? Creator { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
}
