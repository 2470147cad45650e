using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;
using k8s.Models;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>Fields every job type shares (Prow's JobBase plus its inlined UtilityConfig).</summary>
public abstract class JobBase
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("labels")] public Dictionary<string, string>? Labels { get; set; }
    [JsonPropertyName("annotations")] public Dictionary<string, string>? Annotations { get; set; }
    [JsonPropertyName("max_concurrency")] public int MaxConcurrency { get; set; }
    [JsonPropertyName("agent")] public string? Agent { get; set; }
    [JsonPropertyName("cluster")] public string? Cluster { get; set; }
    [JsonPropertyName("namespace")] public string? Namespace { get; set; }
    [JsonPropertyName("error_on_eviction")] public bool ErrorOnEviction { get; set; }
    [JsonPropertyName("spec")] public V1PodSpec? Spec { get; set; }
    [JsonPropertyName("pipeline_run_spec")] public JsonElement? PipelineRunSpec { get; set; }
    [JsonPropertyName("tekton_pipeline_run_spec")] public JsonElement? TektonPipelineRunSpec { get; set; }
    [JsonPropertyName("reporter_config")] public ReporterConfig? ReporterConfig { get; set; }
    [JsonPropertyName("rerun_auth_config")] public RerunAuthConfig? RerunAuthConfig { get; set; }
    [JsonPropertyName("hidden")] public bool Hidden { get; set; }
    [JsonPropertyName("prowjob_defaults")] public ProwJobDefault? ProwJobDefaults { get; set; }
    [JsonPropertyName("job_queue_name")] public string? JobQueueName { get; set; }

    // UtilityConfig, inlined in Prow's YAML.
    [JsonPropertyName("decorate")] public bool? Decorate { get; set; }
    [JsonPropertyName("path_alias")] public string? PathAlias { get; set; }
    [JsonPropertyName("clone_uri")] public string? CloneUri { get; set; }
    [JsonPropertyName("skip_submodules")] public bool SkipSubmodules { get; set; }
    [JsonPropertyName("clone_depth")] public int CloneDepth { get; set; }
    [JsonPropertyName("skip_fetch_head")] public bool SkipFetchHead { get; set; }
    [JsonPropertyName("extra_refs")] public List<Refs>? ExtraRefs { get; set; }
    [JsonPropertyName("decoration_config")] public DecorationConfig? DecorationConfig { get; set; }

    /// <summary>Where the job was defined; every diagnostic about it points here.</summary>
    [JsonIgnore] public SourceLocation Source { get; set; } = SourceLocation.Unknown;

    /// <summary>Line of each top-level key of the job, so diagnostics can point at the field.</summary>
    [JsonIgnore] public IReadOnlyDictionary<string, int> FieldLines { get; set; } = new Dictionary<string, int>();

    /// <summary>The line of <paramref name="field"/> when the job set it, else the job's own line.</summary>
    public SourceLocation LocationOf(string field) =>
        FieldLines.TryGetValue(field, out var line) ? Source with { Line = line } : Source;

    /// <summary>How diagnostics name the job.</summary>
    [JsonIgnore] public virtual string DisplayName => $"{Type.ToWire()} {Name}";

    [JsonIgnore] public abstract ProwJobType Type { get; }

    /// <summary>True once defaulting resolved <c>decorate</c> (or <c>decorate_all_jobs</c>) to true.</summary>
    [JsonIgnore] public bool IsDecorated => Decorate == true;
}
