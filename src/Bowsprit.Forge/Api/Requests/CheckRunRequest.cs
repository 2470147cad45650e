using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating a check run (GitHub Apps do this; tests and the admin use it here).</summary>
public sealed class CheckRunRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("head_sha")] public string? HeadSha { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("conclusion")] public string? Conclusion { get; set; }
    [JsonPropertyName("details_url")] public string? DetailsUrl { get; set; }
}
