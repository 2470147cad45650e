using System.Text.Json.Serialization;
using Bowsprit.Storage;

namespace Bowsprit.PodUtils.Upload;

/// <summary>
/// Where initupload and sidecar put a run's files: Prow's <c>gcs_configuration</c> fields plus the storage
/// client options, flat, as in <c>INITUPLOAD_OPTIONS</c> and <c>SIDECAR_OPTIONS.gcs_options</c>.
/// </summary>
public sealed record UploadOptions
{
    /// <summary><c>gs://bucket</c>, <c>s3://bucket</c>, a bare GCS bucket name, or (Bowsprit) a local directory.</summary>
    [JsonPropertyName("bucket")] public string? Bucket { get; init; }

    [JsonPropertyName("path_prefix")] public string? PathPrefix { get; init; }

    [JsonPropertyName("path_strategy")] public string? PathStrategy { get; init; }

    [JsonPropertyName("default_org")] public string? DefaultOrg { get; init; }

    [JsonPropertyName("default_repo")] public string? DefaultRepo { get; init; }

    /// <summary>Write here instead of the bucket (Prow uses it for local runs and tests).</summary>
    [JsonPropertyName("local_output_dir")] public string? LocalOutputDir { get; init; }

    [JsonPropertyName("gcs_credentials_file")] public string? GcsCredentialsFile { get; init; }

    [JsonPropertyName("s3_credentials_file")] public string? S3CredentialsFile { get; init; }

    /// <summary>Log what would be uploaded and upload nothing.</summary>
    [JsonPropertyName("dry_run")] public bool DryRun { get; init; }

    /// <summary>Files or directories the sidecar uploads into the job directory under their base names.</summary>
    [JsonPropertyName("items")] public IReadOnlyList<string>? Items { get; init; }

    /// <summary>A folder inside the job directory that <see cref="Items"/> go under.</summary>
    [JsonPropertyName("sub_dir")] public string? SubDir { get; init; }

    public PathStrategyOptions ToPathStrategy() => new(
        string.IsNullOrEmpty(PathStrategy) ? Storage.PathStrategy.Explicit : PathStrategyOptions.ParseStrategy(PathStrategy),
        DefaultOrg,
        DefaultRepo,
        PathPrefix);

    /// <summary>The bucket as a <see cref="StoragePath"/>; <see cref="LocalOutputDir"/> wins when set.</summary>
    public StoragePath Destination() =>
        !string.IsNullOrEmpty(LocalOutputDir) ? StoragePath.Parse(Path.GetFullPath(LocalOutputDir))
        : !string.IsNullOrEmpty(Bucket) ? StoragePath.Parse(Bucket)
        : throw new OptionsParseException("\"bucket\" (or \"local_output_dir\") is required");
}
