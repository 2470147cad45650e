using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating a commit status.</summary>
public sealed class StatusRequest
{
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("target_url")] public string? TargetUrl { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("context")] public string? Context { get; set; }
}
