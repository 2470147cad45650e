using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of submitting a review, or of a single review comment.</summary>
public sealed class ReviewRequest
{
    [JsonPropertyName("body")] public string? Body { get; set; }
    [JsonPropertyName("event")] public string? Event { get; set; }
    [JsonPropertyName("commit_id")] public string? CommitId { get; set; }
    [JsonPropertyName("path")] public string? Path { get; set; }
    [JsonPropertyName("line")] public int? Line { get; set; }
    [JsonPropertyName("comments")] public List<ReviewRequest>? Comments { get; set; }
}
