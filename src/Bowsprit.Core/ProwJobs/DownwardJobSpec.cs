using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// The <c>JOB_SPEC</c> document (Prow's downward API): what a job's pod utilities know about the run without
/// access to the ProwJob itself. Written by <see cref="JobEnvironment"/>, read back by initupload and sidecar.
/// </summary>
public sealed record DownwardJobSpec
{
    public const string EnvironmentVariable = "JOB_SPEC";

    // An enum is zero for presubmit, which Go omit-empty would drop; Prow's string type never is empty.
    [JsonPropertyName("type"), GoAlwaysEmit] public ProwJobType Type { get; init; }

    [JsonPropertyName("job")] public string? Job { get; init; }

    [JsonPropertyName("buildid")] public string? BuildId { get; init; }

    [JsonPropertyName("prowjobid")] public string? ProwJobId { get; init; }

    [JsonPropertyName("refs")] public Refs? Refs { get; init; }

    [JsonPropertyName("extra_refs")] public List<Refs>? ExtraRefs { get; init; }

    [JsonPropertyName("decoration_config")] public DecorationConfig? DecorationConfig { get; init; }

    /// <summary>The refs a run clones: the main refs first, then extra refs.</summary>
    [JsonIgnore]
    public IReadOnlyList<Refs> AllRefs => [.. Refs is { } main ? [main] : Array.Empty<Refs>(), .. ExtraRefs ?? []];

    /// <summary>The refs the run is about: the main refs, or for a periodic its first extra refs.</summary>
    [JsonIgnore]
    public Refs? MainRefs => Refs ?? ExtraRefs?.FirstOrDefault();

    public static DownwardJobSpec From(ProwJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new DownwardJobSpec
        {
            Type = job.Spec.Type,
            Job = job.Spec.Job,
            BuildId = job.Status.BuildId,
            ProwJobId = job.Name,
            Refs = job.Spec.Refs,
            ExtraRefs = job.Spec.ExtraRefs is { Count: > 0 } extra ? extra : null,
            DecorationConfig = job.Spec.DecorationConfig,
        };
    }

    /// <summary>Parses <c>JOB_SPEC</c>; the message names the variable and the offending field.</summary>
    public static DownwardJobSpec Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new FormatException($"{EnvironmentVariable} is empty");
        }

        DownwardJobSpec spec;
        try
        {
            spec = ProwJson.Deserialize<DownwardJobSpec>(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{EnvironmentVariable}: invalid value at {e.Path ?? "$"}: {e.Message}", e);
        }

        return string.IsNullOrEmpty(spec.Job)
            ? throw new FormatException($"{EnvironmentVariable}: \"job\" is required")
            : spec;
    }

    public string ToJson() => ProwJson.Serialize(this);
}
