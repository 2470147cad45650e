using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The head or base of a pull request.</summary>
public sealed class PullRequestBranch
{
    [JsonPropertyName("label")] public string? Label { get; set; }
    [JsonPropertyName("ref")] public string Ref { get; set; } = "";
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("user")] public User? User { get; set; }
    [JsonPropertyName("repo")] public Repository? Repo { get; set; }
}
