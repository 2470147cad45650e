using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A page of check runs.</summary>
public sealed class CheckRunList
{
    [JsonPropertyName("total_count")] public int TotalCount { get; set; }
    [JsonPropertyName("check_runs")] public List<CheckRun> CheckRuns { get; set; } = [];
}
