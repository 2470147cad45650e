using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Required reviews (request and response share this shape apart from restrictions).</summary>
public sealed class RequiredReviewsSetting
{
    [JsonPropertyName("dismiss_stale_reviews")] public bool DismissStaleReviews { get; set; }
    [JsonPropertyName("require_code_owner_reviews")] public bool RequireCodeOwnerReviews { get; set; }
    [JsonPropertyName("required_approving_review_count")] public int RequiredApprovingReviewCount { get; set; }
}
