using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>GitHub's error body.</summary>
public sealed class GitHubError
{
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    [JsonPropertyName("documentation_url")] public string? DocumentationUrl { get; set; }
    [JsonPropertyName("errors")] public List<GitHubErrorDetail>? Errors { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}
