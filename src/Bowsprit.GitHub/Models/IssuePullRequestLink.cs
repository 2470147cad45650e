using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Present on an issue that is a pull request.</summary>
public sealed class IssuePullRequestLink
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
}
