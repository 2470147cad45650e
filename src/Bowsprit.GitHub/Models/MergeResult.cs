using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The answer to a merge request.</summary>
public sealed class MergeResult
{
    [JsonPropertyName("sha")] public string? Sha { get; set; }
    [JsonPropertyName("merged")] public bool Merged { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
}
