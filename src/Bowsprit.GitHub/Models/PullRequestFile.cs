using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A file changed by a pull request.</summary>
public sealed class PullRequestFile
{
    [JsonPropertyName("sha")] public string? Sha { get; set; }
    [JsonPropertyName("filename")] public string Filename { get; set; } = "";
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("additions")] public int Additions { get; set; }
    [JsonPropertyName("deletions")] public int Deletions { get; set; }
    [JsonPropertyName("changes")] public int Changes { get; set; }
    [JsonPropertyName("patch")] public string? Patch { get; set; }
    [JsonPropertyName("previous_filename")] public string? PreviousFilename { get; set; }
}
