using System.Text.Json.Serialization;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>sinker</c> section: garbage collection of old ProwJobs and pods.</summary>
public sealed class SinkerConfig
{
    [JsonPropertyName("resync_period"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? ResyncPeriod { get; set; }

    [JsonPropertyName("max_prowjob_age"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? MaxProwJobAge { get; set; }

    [JsonPropertyName("max_pod_age"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? MaxPodAge { get; set; }

    [JsonPropertyName("terminated_pod_ttl"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? TerminatedPodTtl { get; set; }

    [JsonPropertyName("exclude_clusters")] public List<string>? ExcludeClusters { get; set; }

    [JsonIgnore] public TimeSpan EffectiveResyncPeriod => ResyncPeriod ?? TimeSpan.FromHours(1);

    [JsonIgnore] public TimeSpan EffectiveMaxProwJobAge => MaxProwJobAge ?? TimeSpan.FromDays(7);

    [JsonIgnore] public TimeSpan EffectiveMaxPodAge => MaxPodAge ?? TimeSpan.FromDays(1);

    [JsonIgnore] public TimeSpan EffectiveTerminatedPodTtl => TerminatedPodTtl ?? EffectiveMaxPodAge;
}
