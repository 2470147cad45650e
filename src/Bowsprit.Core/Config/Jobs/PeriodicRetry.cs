using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>Automatic reruns of a failed periodic.</summary>
public sealed class PeriodicRetry
{
    [JsonPropertyName("attempts")] public int Attempts { get; set; }
    [JsonPropertyName("interval")] public string? Interval { get; set; }
    [JsonPropertyName("run_all")] public bool RunAll { get; set; }
}
