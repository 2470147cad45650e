using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Branch protection as GET returns it (each setting wrapped in an object).</summary>
public sealed class BranchProtection
{
    [JsonPropertyName("required_status_checks")] public RequiredStatusChecksSetting? RequiredStatusChecks { get; set; }
    [JsonPropertyName("enforce_admins")] public EnabledSetting? EnforceAdmins { get; set; }
    [JsonPropertyName("required_pull_request_reviews")] public RequiredReviewsSetting? RequiredPullRequestReviews { get; set; }
    [JsonPropertyName("restrictions")] public RestrictionsSetting? Restrictions { get; set; }
    [JsonPropertyName("required_linear_history")] public EnabledSetting? RequiredLinearHistory { get; set; }
    [JsonPropertyName("allow_force_pushes")] public EnabledSetting? AllowForcePushes { get; set; }
    [JsonPropertyName("allow_deletions")] public EnabledSetting? AllowDeletions { get; set; }
}
