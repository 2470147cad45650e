using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of creating or editing a repository.</summary>
public sealed class RepoRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("owner")] public string? Owner { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("private")] public bool? Private { get; set; }
    [JsonPropertyName("auto_init")] public bool? AutoInit { get; set; }
    [JsonPropertyName("default_branch")] public string? DefaultBranch { get; set; }
    [JsonPropertyName("archived")] public bool? Archived { get; set; }
    [JsonPropertyName("allow_merge_commit")] public bool? AllowMergeCommit { get; set; }
    [JsonPropertyName("allow_squash_merge")] public bool? AllowSquashMerge { get; set; }
    [JsonPropertyName("allow_rebase_merge")] public bool? AllowRebaseMerge { get; set; }
}
