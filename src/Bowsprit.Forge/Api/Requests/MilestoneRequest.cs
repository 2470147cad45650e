using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating a milestone.</summary>
public sealed class MilestoneRequest
{
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
}
