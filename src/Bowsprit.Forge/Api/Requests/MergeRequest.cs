using System.Text.Json.Serialization;

namespace Bowsprit.Forge.Api.Requests;

/// <summary>Body of merging a pull request.</summary>
public sealed class MergeRequest
{
    [JsonPropertyName("commit_title")] public string? CommitTitle { get; set; }
    [JsonPropertyName("commit_message")] public string? CommitMessage { get; set; }
    [JsonPropertyName("sha")] public string? Sha { get; set; }
    [JsonPropertyName("merge_method")] public string? MergeMethod { get; set; }
}
