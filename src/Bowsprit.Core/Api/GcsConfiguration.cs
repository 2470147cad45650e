using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Where a decorated job's artifacts go. The bucket may carry a scheme (<c>s3://</c>, <c>gs://</c>).</summary>
public sealed class GcsConfiguration
{
    [JsonPropertyName("bucket")] public string? Bucket { get; set; }
    [JsonPropertyName("path_prefix")] public string? PathPrefix { get; set; }
    [JsonPropertyName("path_strategy")] public string? PathStrategy { get; set; }
    [JsonPropertyName("default_org")] public string? DefaultOrg { get; set; }
    [JsonPropertyName("default_repo")] public string? DefaultRepo { get; set; }
    [JsonPropertyName("mediaTypes")] public Dictionary<string, string>? MediaTypes { get; set; }
    [JsonPropertyName("job_url_prefix")] public string? JobUrlPrefix { get; set; }
    [JsonPropertyName("local_output_dir")] public string? LocalOutputDir { get; set; }
    [JsonPropertyName("compress_file_types")] public List<string>? CompressFileTypes { get; set; }

    public const string PathStrategyLegacy = "legacy";
    public const string PathStrategySingle = "single";
    public const string PathStrategyExplicit = "explicit";

    /// <summary>A copy sharing nested objects; used by default merging, which replaces what it changes.</summary>
    public GcsConfiguration ShallowCopy() => (GcsConfiguration)MemberwiseClone();
}
