using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A pull request.</summary>
public sealed class PullRequest
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("number")] public int Number { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("user")] public User User { get; set; } = new();
    [JsonPropertyName("labels")] public List<Label> Labels { get; set; } = [];
    [JsonPropertyName("assignees")] public List<User> Assignees { get; set; } = [];
    [JsonPropertyName("requested_reviewers")] public List<User> RequestedReviewers { get; set; } = [];
    [JsonPropertyName("requested_teams")] public List<Team> RequestedTeams { get; set; } = [];
    [JsonPropertyName("milestone")] public Milestone? Milestone { get; set; }
    [JsonPropertyName("draft")] public bool Draft { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("closed_at")] public DateTimeOffset? ClosedAt { get; set; }
    [JsonPropertyName("merged_at")] public DateTimeOffset? MergedAt { get; set; }
    [JsonPropertyName("merged")] public bool Merged { get; set; }
    [JsonPropertyName("merged_by")] public User? MergedBy { get; set; }
    [JsonPropertyName("merge_commit_sha")] public string? MergeCommitSha { get; set; }
    [JsonPropertyName("mergeable")] public bool? Mergeable { get; set; }
    [JsonPropertyName("mergeable_state")] public string? MergeableState { get; set; }
    [JsonPropertyName("rebaseable")] public bool? Rebaseable { get; set; }
    [JsonPropertyName("head")] public PullRequestBranch Head { get; set; } = new();
    [JsonPropertyName("base")] public PullRequestBranch Base { get; set; } = new();
    [JsonPropertyName("author_association")] public string? AuthorAssociation { get; set; }
    [JsonPropertyName("commits")] public int Commits { get; set; }
    [JsonPropertyName("additions")] public int Additions { get; set; }
    [JsonPropertyName("deletions")] public int Deletions { get; set; }
    [JsonPropertyName("changed_files")] public int ChangedFiles { get; set; }
}
