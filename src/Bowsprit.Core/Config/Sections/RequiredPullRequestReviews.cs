using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Review requirements GitHub enforces.</summary>
public sealed class RequiredPullRequestReviews
{
    [JsonPropertyName("dismissal_restrictions")] public BranchRestrictions? DismissalRestrictions { get; set; }
    [JsonPropertyName("dismiss_stale_reviews")] public bool? DismissStaleReviews { get; set; }
    [JsonPropertyName("require_code_owner_reviews")] public bool? RequireCodeOwnerReviews { get; set; }
    [JsonPropertyName("required_approving_review_count")] public int? RequiredApprovingReviewCount { get; set; }
    [JsonPropertyName("bypass_pull_request_allowances")] public BranchRestrictions? BypassPullRequestAllowances { get; set; }
}
