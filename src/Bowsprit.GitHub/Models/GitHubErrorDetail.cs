using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>One validation error in a 422 body.</summary>
public sealed class GitHubErrorDetail
{
    [JsonPropertyName("resource")] public string? Resource { get; set; }
    [JsonPropertyName("field")] public string? Field { get; set; }
    [JsonPropertyName("code")] public string? Code { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}
