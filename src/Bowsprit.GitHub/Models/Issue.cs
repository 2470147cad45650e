using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>An issue, or the issue side of a pull request.</summary>
public sealed class Issue
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("number")] public int Number { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("locked")] public bool Locked { get; set; }
    [JsonPropertyName("user")] public User User { get; set; } = new();
    [JsonPropertyName("labels")] public List<Label> Labels { get; set; } = [];
    [JsonPropertyName("assignees")] public List<User> Assignees { get; set; } = [];
    [JsonPropertyName("milestone")] public Milestone? Milestone { get; set; }
    [JsonPropertyName("comments")] public int Comments { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("closed_at")] public DateTimeOffset? ClosedAt { get; set; }
    [JsonPropertyName("author_association")] public string? AuthorAssociation { get; set; }
    [JsonPropertyName("pull_request")] public IssuePullRequestLink? PullRequest { get; set; }

    [JsonIgnore] public bool IsPullRequest => PullRequest is not null;
}
