using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Jenkins-specific job settings.</summary>
public sealed class JenkinsSpec
{
    [JsonPropertyName("github_branch_source_job")] public bool GitHubBranchSourceJob { get; set; }
}
