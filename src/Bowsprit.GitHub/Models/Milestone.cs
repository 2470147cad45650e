using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A milestone.</summary>
public sealed class Milestone
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("number")] public int Number { get; set; }
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
}
