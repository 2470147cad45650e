using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>A GitHub team named by its slug and org.</summary>
public sealed class GitHubTeamSlug
{
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("org")] public string? Org { get; set; }
}
