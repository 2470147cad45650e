using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>
/// Branch protection settings at one level; unset fields inherit from the level above, lists are unioned.
/// </summary>
public class BranchProtectionPolicy
{
    [JsonPropertyName("protect")] public bool? Protect { get; set; }
    [JsonPropertyName("unmanaged")] public bool? Unmanaged { get; set; }
    [JsonPropertyName("required_status_checks")] public RequiredStatusChecks? RequiredStatusChecks { get; set; }
    [JsonPropertyName("enforce_admins")] public bool? EnforceAdmins { get; set; }
    [JsonPropertyName("required_pull_request_reviews")] public RequiredPullRequestReviews? RequiredPullRequestReviews { get; set; }
    [JsonPropertyName("restrictions")] public BranchRestrictions? Restrictions { get; set; }
    [JsonPropertyName("required_linear_history")] public bool? RequiredLinearHistory { get; set; }
    [JsonPropertyName("allow_force_pushes")] public bool? AllowForcePushes { get; set; }
    [JsonPropertyName("allow_deletions")] public bool? AllowDeletions { get; set; }
    [JsonPropertyName("require_manually_triggered_jobs")] public bool? RequireManuallyTriggeredJobs { get; set; }
    [JsonPropertyName("exclude")] public List<string>? Exclude { get; set; }
    [JsonPropertyName("include")] public List<string>? Include { get; set; }
}
