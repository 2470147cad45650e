using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>The latest status per context of a commit, and their combined state.</summary>
public sealed class CombinedStatus
{
    [JsonPropertyName("sha")] public string Sha { get; set; } = "";
    [JsonPropertyName("state")] public string State { get; set; } = "";
    [JsonPropertyName("total_count")] public int TotalCount { get; set; }
    [JsonPropertyName("statuses")] public List<CommitStatus> Statuses { get; set; } = [];
}
