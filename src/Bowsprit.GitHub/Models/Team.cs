using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A team in an organization.</summary>
public sealed class Team
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("slug")] public string Slug { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("privacy")] public string? Privacy { get; set; }
    [JsonPropertyName("permission")] public string? Permission { get; set; }
}
