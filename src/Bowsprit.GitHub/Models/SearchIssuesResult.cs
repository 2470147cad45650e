using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The result of an issue search.</summary>
public sealed class SearchIssuesResult
{
    [JsonPropertyName("total_count")] public int TotalCount { get; set; }
    [JsonPropertyName("incomplete_results")] public bool IncompleteResults { get; set; }
    [JsonPropertyName("items")] public List<Issue> Items { get; set; } = [];
}
