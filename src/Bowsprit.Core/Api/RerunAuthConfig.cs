using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Who may rerun or abort a job from deck.</summary>
public sealed class RerunAuthConfig
{
    [JsonPropertyName("allow_anyone")] public bool AllowAnyone { get; set; }
    [JsonPropertyName("github_users")] public List<string>? GitHubUsers { get; set; }
    [JsonPropertyName("github_team_ids")] public List<long>? GitHubTeamIds { get; set; }
    [JsonPropertyName("github_team_slugs")] public List<GitHubTeamSlug>? GitHubTeamSlugs { get; set; }
    [JsonPropertyName("github_orgs")] public List<string>? GitHubOrgs { get; set; }

    [JsonIgnore]
    public bool HasAllowList =>
        GitHubUsers is { Count: > 0 } || GitHubTeamIds is { Count: > 0 } ||
        GitHubTeamSlugs is { Count: > 0 } || GitHubOrgs is { Count: > 0 };
}
