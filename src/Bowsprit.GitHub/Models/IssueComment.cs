using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A comment on an issue or pull request conversation.</summary>
public sealed class IssueComment
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("issue_url")] public string? IssueUrl { get; set; }
    [JsonPropertyName("user")] public User User { get; set; } = new();
    [JsonPropertyName("body")] public string Body { get; set; } = "";
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("author_association")] public string? AuthorAssociation { get; set; }
}
