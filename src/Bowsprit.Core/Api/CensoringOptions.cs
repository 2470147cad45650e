using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Tuning of secret censoring in uploaded logs and artifacts.</summary>
public sealed class CensoringOptions
{
    [JsonPropertyName("censoring_concurrency")] public long? CensoringConcurrency { get; set; }
    [JsonPropertyName("censoring_buffer_size")] public int? CensoringBufferSize { get; set; }
    [JsonPropertyName("include_directories")] public List<string>? IncludeDirectories { get; set; }
    [JsonPropertyName("exclude_directories")] public List<string>? ExcludeDirectories { get; set; }

    /// <summary>A copy sharing nested objects; used by default merging, which replaces what it changes.</summary>
    public CensoringOptions ShallowCopy() => (CensoringOptions)MemberwiseClone();
}
