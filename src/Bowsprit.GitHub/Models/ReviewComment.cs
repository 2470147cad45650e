using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A comment on a line of a pull request diff.</summary>
public sealed class ReviewComment
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("pull_request_review_id")] public long? ReviewId { get; set; }
    [JsonPropertyName("user")] public User User { get; set; } = new();
    [JsonPropertyName("body")] public string Body { get; set; } = "";
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("commit_id")] public string? CommitId { get; set; }
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset UpdatedAt { get; set; }
    [JsonPropertyName("author_association")] public string? AuthorAssociation { get; set; }
}
