using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or editing a repository label.</summary>
public sealed class LabelRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("new_name")] public string? NewName { get; set; }
    [JsonPropertyName("color")] public string? Color { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
}
