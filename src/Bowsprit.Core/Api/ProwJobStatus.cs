using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>What happened to a run. Timestamps are RFC 3339 with second precision, as metav1.Time.</summary>
public sealed class ProwJobStatus
{
    [JsonPropertyName("startTime"), GoAlwaysEmit] public DateTimeOffset StartTime { get; set; }
    [JsonPropertyName("pendingTime")] public DateTimeOffset? PendingTime { get; set; }
    [JsonPropertyName("completionTime")] public DateTimeOffset? CompletionTime { get; set; }
    [JsonPropertyName("state")] public ProwJobState State { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("pod_name")] public string? PodName { get; set; }
    [JsonPropertyName("build_id")] public string? BuildId { get; set; }
    [JsonPropertyName("jenkins_build_id")] public string? JenkinsBuildId { get; set; }

    /// <summary>Reporter name → last state it reported; crier's bookkeeping so nothing is reported twice.</summary>
    [JsonPropertyName("prev_report_states")] public Dictionary<string, ProwJobState>? PrevReportStates { get; set; }

    [JsonPropertyName("pod_revival_count")] public int PodRevivalCount { get; set; }
}
