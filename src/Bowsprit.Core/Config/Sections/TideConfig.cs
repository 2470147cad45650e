using System.Text.Json.Serialization;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>tide</c> section: merge automation.</summary>
public sealed class TideConfig
{
    [JsonPropertyName("sync_period"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? SyncPeriod { get; set; }

    [JsonPropertyName("status_update_period"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? StatusUpdatePeriod { get; set; }

    [JsonPropertyName("queries")] public List<TideQuery>? Queries { get; set; }

    /// <summary><c>org</c>, <c>org/repo</c> or <c>org/repo@branch</c> → merge method (or a branch map for a repo).</summary>
    [JsonPropertyName("merge_method")] public Dictionary<string, System.Text.Json.JsonElement>? MergeMethod { get; set; }

    [JsonPropertyName("merge_commit_template")] public Dictionary<string, TideMergeCommitTemplate>? MergeCommitTemplate { get; set; }
    [JsonPropertyName("target_url")] public string? TargetUrl { get; set; }
    [JsonPropertyName("target_urls")] public Dictionary<string, string>? TargetUrls { get; set; }
    [JsonPropertyName("pr_status_base_url")] public string? PrStatusBaseUrl { get; set; }
    [JsonPropertyName("pr_status_base_urls")] public Dictionary<string, string>? PrStatusBaseUrls { get; set; }
    [JsonPropertyName("blocker_label")] public string? BlockerLabel { get; set; }
    [JsonPropertyName("squash_label")] public string? SquashLabel { get; set; }
    [JsonPropertyName("rebase_label")] public string? RebaseLabel { get; set; }
    [JsonPropertyName("merge_label")] public string? MergeLabel { get; set; }
    [JsonPropertyName("max_goroutines")] public int MaxGoroutines { get; set; }
    [JsonPropertyName("context_options")] public TideContextPolicyOptions? ContextOptions { get; set; }
    [JsonPropertyName("batch_size_limit")] public Dictionary<string, int>? BatchSizeLimit { get; set; }
    [JsonPropertyName("priority")] public List<TidePriority>? Priority { get; set; }
    [JsonPropertyName("prioritize_existing_batches")] public Dictionary<string, bool>? PrioritizeExistingBatches { get; set; }
    [JsonPropertyName("display_all_tide_queries_in_status")] public bool DisplayAllTideQueriesInStatus { get; set; }
    [JsonPropertyName("github_merge_blocks_policy")] public string? GitHubMergeBlocksPolicy { get; set; }
    [JsonPropertyName("gerrit")] public System.Text.Json.JsonElement? Gerrit { get; set; }

    [JsonIgnore] public TimeSpan EffectiveSyncPeriod => SyncPeriod ?? TimeSpan.FromMinutes(1);

    [JsonIgnore] public TimeSpan EffectiveStatusUpdatePeriod => StatusUpdatePeriod ?? EffectiveSyncPeriod;
}
