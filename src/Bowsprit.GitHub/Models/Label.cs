using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A repository label.</summary>
public sealed class Label
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("color")] public string? Color { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("default")] public bool Default { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
}
