using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>branch-protection</c> section: a global policy with org, repo and branch levels.</summary>
public sealed class BranchProtectionConfig : BranchProtectionPolicy
{
    [JsonPropertyName("orgs")] public Dictionary<string, OrgBranchProtection>? Orgs { get; set; }
    [JsonPropertyName("allow_disabled_policies")] public bool AllowDisabledPolicies { get; set; }
    [JsonPropertyName("allow_disabled_job_policies")] public bool AllowDisabledJobPolicies { get; set; }
    [JsonPropertyName("protect_tested_repos")] public bool ProtectTestedRepos { get; set; }
    [JsonPropertyName("protect_repos_with_optional_jobs")] public bool ProtectReposWithOptionalJobs { get; set; }
}
