using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The artifact viewer: which lenses show for which files.</summary>
public sealed class SpyglassConfig
{
    public const long DefaultSizeLimit = 100_000_000;

    [JsonPropertyName("size_limit")] public long SizeLimit { get; set; }
    [JsonPropertyName("gcs_browser_prefix")] public string? GcsBrowserPrefix { get; set; }
    [JsonPropertyName("gcs_browser_prefixes")] public Dictionary<string, string>? GcsBrowserPrefixes { get; set; }
    [JsonPropertyName("gcs_browser_prefixes_by_bucket")] public Dictionary<string, string>? GcsBrowserPrefixesByBucket { get; set; }
    [JsonPropertyName("testgrid_config")] public string? TestGridConfig { get; set; }
    [JsonPropertyName("testgrid_root")] public string? TestGridRoot { get; set; }
    [JsonPropertyName("hide_raw_log")] public bool HideRawLog { get; set; }
    [JsonPropertyName("announcement")] public string? Announcement { get; set; }
    [JsonPropertyName("lenses")] public List<LensFileConfig>? Lenses { get; set; }
    [JsonPropertyName("bucket_aliases")] public Dictionary<string, string>? BucketAliases { get; set; }

    [JsonIgnore] public long EffectiveSizeLimit => SizeLimit > 0 ? SizeLimit : DefaultSizeLimit;
}
