using System.Text.Json.Serialization;
using Bowsprit.PodUtils.Upload;

namespace Bowsprit.PodUtils.Sidecar;

/// <summary><c>SIDECAR_OPTIONS</c>, with Prow's field names.</summary>
public sealed record SidecarOptions
{
    public const string EnvironmentVariable = "SIDECAR_OPTIONS";

    [JsonPropertyName("gcs_options")] public UploadOptions? GcsOptions { get; init; }

    /// <summary>One entry per decorated container: the files its entrypoint writes.</summary>
    [JsonPropertyName("entries")] public IReadOnlyList<SidecarEntry> Entries { get; init; } = [];

    /// <summary>Keep waiting for the job when interrupted instead of uploading at once as aborted.</summary>
    [JsonPropertyName("ignore_interrupts")] public bool IgnoreInterrupts { get; init; }

    public static SidecarOptions Parse(string? json)
    {
        var options = UploadOptionsParser.Deserialize<SidecarOptions>(EnvironmentVariable, json);
        if (options.GcsOptions is null)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"gcs_options\" is required");
        }

        UploadOptionsParser.Validate(EnvironmentVariable, options.GcsOptions);
        if (options.Entries.Count == 0)
        {
            throw new OptionsParseException($"{EnvironmentVariable}: \"entries\" needs at least one entry");
        }

        for (var i = 0; i < options.Entries.Count; i++)
        {
            var entry = options.Entries[i];
            if (string.IsNullOrEmpty(entry.ProcessLog) || string.IsNullOrEmpty(entry.MarkerFile))
            {
                throw new OptionsParseException($"{EnvironmentVariable}: \"entries[{i}]\" needs \"process_log\" and \"marker_file\"");
            }
        }

        return options;
    }
}

/// <summary>What one container's entrypoint leaves behind (Prow's wrapper options).</summary>
public sealed record SidecarEntry
{
    [JsonPropertyName("process_log")] public string? ProcessLog { get; init; }

    [JsonPropertyName("marker_file")] public string? MarkerFile { get; init; }

    [JsonPropertyName("metadata_file")] public string? MetadataFile { get; init; }

    [JsonPropertyName("container_name")] public string? ContainerName { get; init; }
}
