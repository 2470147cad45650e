using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A commit as the commits and pull commits APIs return it.</summary>
public sealed class RepositoryCommit
{
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("html_url")] public string? HtmlUrl { get; set; }
    [JsonPropertyName("commit")] public GitCommit Commit { get; set; } = new();
    [JsonPropertyName("author")] public User? Author { get; set; }
    [JsonPropertyName("committer")] public User? Committer { get; set; }
    [JsonPropertyName("parents")] public List<ShaReference> Parents { get; set; } = [];
}
