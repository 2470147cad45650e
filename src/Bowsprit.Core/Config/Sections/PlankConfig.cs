using System.Text.Json.Serialization;
using Bowsprit.Core.Api;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>plank</c> section: how the controller runs jobs.</summary>
public sealed class PlankConfig
{
    [JsonPropertyName("job_url_template")] public string? JobUrlTemplate { get; set; }
    [JsonPropertyName("job_url_prefix_config")] public Dictionary<string, string>? JobUrlPrefixConfig { get; set; }
    [JsonPropertyName("jobURLPrefixDisableAppendStorageProvider")] public bool JobUrlPrefixDisableAppendStorageProvider { get; set; }
    [JsonPropertyName("report_templates")] public Dictionary<string, string>? ReportTemplates { get; set; }
    [JsonPropertyName("report_template")] public string? ReportTemplate { get; set; }

    [JsonPropertyName("pod_pending_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodPendingTimeout { get; set; }

    [JsonPropertyName("pod_running_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodRunningTimeout { get; set; }

    [JsonPropertyName("pod_unscheduled_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodUnscheduledTimeout { get; set; }

    [JsonPropertyName("max_revivals")] public int? MaxRevivals { get; set; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; set; }
    [JsonPropertyName("max_goroutines")] public int MaxGoroutines { get; set; }
    [JsonPropertyName("allow_cancellations")] public bool AllowCancellations { get; set; }
    [JsonPropertyName("default_decoration_configs")] public Dictionary<string, DecorationConfig>? DefaultDecorationConfigs { get; set; }
    [JsonPropertyName("default_decoration_config_entries")] public List<DefaultDecorationConfigEntry>? DefaultDecorationConfigEntries { get; set; }
    [JsonPropertyName("job_queue_capacities")] public Dictionary<string, int>? JobQueueCapacities { get; set; }
    [JsonPropertyName("build_cluster_status_file")] public string? BuildClusterStatusFile { get; set; }

    [JsonIgnore] public TimeSpan EffectivePodPendingTimeout => PodPendingTimeout ?? TimeSpan.FromMinutes(10);

    [JsonIgnore] public TimeSpan EffectivePodUnscheduledTimeout => PodUnscheduledTimeout ?? TimeSpan.FromMinutes(5);

    [JsonIgnore] public TimeSpan EffectivePodRunningTimeout => PodRunningTimeout ?? TimeSpan.FromHours(48);

    [JsonIgnore] public int EffectiveMaxRevivals => MaxRevivals ?? 3;

    [JsonIgnore] public int EffectiveMaxGoroutines => MaxGoroutines > 0 ? MaxGoroutines : 20;
}
