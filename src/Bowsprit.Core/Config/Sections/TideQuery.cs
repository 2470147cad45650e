using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>A set of PRs that are eligible to merge.</summary>
public sealed class TideQuery
{
    [JsonPropertyName("orgs")] public List<string>? Orgs { get; set; }
    [JsonPropertyName("repos")] public List<string>? Repos { get; set; }
    [JsonPropertyName("excludedRepos")] public List<string>? ExcludedRepos { get; set; }
    [JsonPropertyName("author")] public string? Author { get; set; }
    [JsonPropertyName("labels")] public List<string>? Labels { get; set; }
    [JsonPropertyName("missingLabels")] public List<string>? MissingLabels { get; set; }
    [JsonPropertyName("excludedBranches")] public List<string>? ExcludedBranches { get; set; }
    [JsonPropertyName("includedBranches")] public List<string>? IncludedBranches { get; set; }
    [JsonPropertyName("milestone")] public string? Milestone { get; set; }
    [JsonPropertyName("reviewApprovedRequired")] public bool ReviewApprovedRequired { get; set; }
}
