using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The git part of a commit.</summary>
public sealed class GitCommit
{
    [JsonPropertyName("message")] public string Message { get; set; } = "";
    [JsonPropertyName("author")] public GitSignature? Author { get; set; }
    [JsonPropertyName("committer")] public GitSignature? Committer { get; set; }
    [JsonPropertyName("tree")] public ShaReference? Tree { get; set; }
}
