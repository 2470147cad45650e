using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The body of PUT branch protection (flat booleans, logins and slugs).</summary>
public sealed class BranchProtectionRequest
{
    [JsonPropertyName("required_status_checks")] public RequiredStatusChecksSetting? RequiredStatusChecks { get; set; }
    [JsonPropertyName("enforce_admins")] public bool? EnforceAdmins { get; set; }
    [JsonPropertyName("required_pull_request_reviews")] public RequiredReviewsSetting? RequiredPullRequestReviews { get; set; }
    [JsonPropertyName("restrictions")] public RestrictionsRequest? Restrictions { get; set; }
    [JsonPropertyName("required_linear_history")] public bool RequiredLinearHistory { get; set; }
    [JsonPropertyName("allow_force_pushes")] public bool AllowForcePushes { get; set; }
    [JsonPropertyName("allow_deletions")] public bool AllowDeletions { get; set; }
}
