using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A repository; the fields Bowsprit reads.</summary>
public sealed class Repository
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("full_name")] public string FullName { get; set; } = "";
    [JsonPropertyName("owner")] public User Owner { get; set; } = new();
    [JsonPropertyName("private")] public bool Private { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("clone_url")] public string? CloneUrl { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("fork")] public bool Fork { get; set; }
    [JsonPropertyName("default_branch")] public string DefaultBranch { get; set; } = "";
    [JsonPropertyName("archived")] public bool Archived { get; set; }
    [JsonPropertyName("has_issues")] public bool HasIssues { get; set; }
    [JsonPropertyName("allow_merge_commit")] public bool? AllowMergeCommit { get; set; }
    [JsonPropertyName("allow_squash_merge")] public bool? AllowSquashMerge { get; set; }
    [JsonPropertyName("allow_rebase_merge")] public bool? AllowRebaseMerge { get; set; }
    [JsonPropertyName("permissions")] public RepositoryPermissions? Permissions { get; set; }
}
