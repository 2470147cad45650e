using System.Text.Json.Serialization;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>
/// The <c>ENTRYPOINT_OPTIONS</c> document, with Prow's field names. Durations are Go <c>time.Duration</c>
/// values, i.e. nanoseconds on the wire.
/// </summary>
public sealed record EntrypointOptions
{
    /// <summary>Prow's default when the job sets no timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromHours(2);

    /// <summary>Prow's default when the job sets no grace period.</summary>
    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromSeconds(15);

    [JsonPropertyName("args")] public IReadOnlyList<string> Args { get; init; } = [];

    [JsonPropertyName("container_name")] public string? ContainerName { get; init; }

    [JsonPropertyName("timeout"), JsonConverter(typeof(NanosecondDurationJsonConverter))]
    public TimeSpan Timeout { get; init; }

    [JsonPropertyName("grace_period"), JsonConverter(typeof(NanosecondDurationJsonConverter))]
    public TimeSpan GracePeriod { get; init; }

    [JsonPropertyName("artifact_dir")] public string? ArtifactDir { get; init; }

    [JsonPropertyName("previous_marker")] public string? PreviousMarker { get; init; }

    [JsonPropertyName("always_zero")] public bool AlwaysZero { get; init; }

    [JsonPropertyName("process_log")] public string? ProcessLog { get; init; }

    [JsonPropertyName("marker_file")] public string? MarkerFile { get; init; }

    [JsonPropertyName("metadata_file")] public string? MetadataFile { get; init; }

    /// <summary>Zero means "not set" in Prow, so it falls back to the default.</summary>
    [JsonIgnore] public TimeSpan EffectiveTimeout => Timeout > TimeSpan.Zero ? Timeout : DefaultTimeout;

    [JsonIgnore] public TimeSpan EffectiveGracePeriod => GracePeriod > TimeSpan.Zero ? GracePeriod : DefaultGracePeriod;
}
