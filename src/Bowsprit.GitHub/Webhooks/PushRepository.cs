using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>The repository of a push event: its owner carries <c>name</c> and its timestamps are Unix seconds, unlike in other events.</summary>
public sealed class PushRepository
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("full_name")] public string FullName { get; set; } = "";
    [JsonPropertyName("owner")] public PushOwner Owner { get; set; } = new();
    [JsonPropertyName("private")] public bool Private { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("clone_url")] public string? CloneUrl { get; set; }
    [JsonPropertyName("default_branch")] public string DefaultBranch { get; set; } = "";
    [JsonPropertyName("master_branch")] public string? MasterBranch { get; set; }
    [JsonPropertyName("archived")] public bool Archived { get; set; }
}
