using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A pull request review.</summary>
public sealed class Review
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("node_id")] public string? NodeId { get; set; }
    [JsonPropertyName("user")] public User User { get; set; } = new();
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("commit_id")] public string? CommitId { get; set; }
    [JsonPropertyName("submitted_at")] public DateTimeOffset? SubmittedAt { get; set; }
    [JsonPropertyName("author_association")] public string? AuthorAssociation { get; set; }
}
