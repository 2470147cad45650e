using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>A commit in a push event, with the paths it touched.</summary>
public sealed class PushCommit
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("tree_id")] public string? TreeId { get; set; }
    [JsonPropertyName("distinct")] public bool Distinct { get; set; }
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    [JsonPropertyName("timestamp")] public DateTimeOffset Timestamp { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("author")] public PushPerson Author { get; set; } = new();
    [JsonPropertyName("committer")] public PushPerson Committer { get; set; } = new();
    [JsonPropertyName("added")] public List<string> Added { get; set; } = [];
    [JsonPropertyName("removed")] public List<string> Removed { get; set; } = [];
    [JsonPropertyName("modified")] public List<string> Modified { get; set; } = [];
}
