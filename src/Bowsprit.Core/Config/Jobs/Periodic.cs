using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>A job run on a schedule; it sees code only through <c>extra_refs</c>.</summary>
public sealed class Periodic : JobBase
{
    [JsonPropertyName("cron")] public string? Cron { get; set; }
    [JsonPropertyName("interval")] public string? Interval { get; set; }
    [JsonPropertyName("minimum_interval")] public string? MinimumInterval { get; set; }
    [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
    [JsonPropertyName("retry")] public PeriodicRetry? Retry { get; set; }

    [JsonIgnore] public override ProwJobType Type => ProwJobType.Periodic;

    /// <summary>The parsed schedule, set by the loader.</summary>
    [JsonIgnore] public PeriodicSchedule? Schedule { get; set; }
}
