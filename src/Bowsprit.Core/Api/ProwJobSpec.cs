using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace Bowsprit.Core.Api;

/// <summary>The desired run: what to test and how. Field names and omission rules are Prow's.</summary>
public sealed class ProwJobSpec
{
    [JsonPropertyName("type"), GoAlwaysEmit] public ProwJobType Type { get; set; }
    [JsonPropertyName("agent")] public string? Agent { get; set; }
    [JsonPropertyName("cluster")] public string? Cluster { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("job")] public string? Job { get; set; }
    [JsonPropertyName("refs")] public Refs? Refs { get; set; }
    [JsonPropertyName("extra_refs")] public List<Refs>? ExtraRefs { get; set; }
    [JsonPropertyName("report")] public bool Report { get; set; }
    [JsonPropertyName("context")] public string? Context { get; set; }
    [JsonPropertyName("rerun_command")] public string? RerunCommand { get; set; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; set; }
    [JsonPropertyName("error_on_eviction")] public bool ErrorOnEviction { get; set; }
    [JsonPropertyName("pod_spec")] public V1PodSpec? PodSpec { get; set; }
    [JsonPropertyName("jenkins_spec")] public JenkinsSpec? JenkinsSpec { get; set; }

    /// <summary>Tekton specs are passed through untouched; Bowsprit does not run Tekton.</summary>
    [JsonPropertyName("pipeline_run_spec")] public JsonElement? PipelineRunSpec { get; set; }

    [JsonPropertyName("tekton_pipeline_run_spec")] public JsonElement? TektonPipelineRunSpec { get; set; }
    [JsonPropertyName("decoration_config")] public DecorationConfig? DecorationConfig { get; set; }
    [JsonPropertyName("reporter_config")] public ReporterConfig? ReporterConfig { get; set; }
    [JsonPropertyName("rerun_auth_config")] public RerunAuthConfig? RerunAuthConfig { get; set; }
    [JsonPropertyName("hidden")] public bool Hidden { get; set; }
    [JsonPropertyName("prowjob_defaults")] public ProwJobDefault? ProwJobDefaults { get; set; }
    [JsonPropertyName("job_queue_name")] public string? JobQueueName { get; set; }

    /// <summary>The refs labels and reporting are keyed on: <c>refs</c>, else the first extra ref.</summary>
    [JsonIgnore]
    public Refs? MainRefs => Refs ?? (ExtraRefs is { Count: > 0 } ? ExtraRefs[0] : null);
}
