using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Container images of the four pod utilities.</summary>
public sealed class UtilityImages
{
    [JsonPropertyName("clonerefs")] public string? CloneRefs { get; set; }
    [JsonPropertyName("initupload")] public string? InitUpload { get; set; }
    [JsonPropertyName("entrypoint")] public string? Entrypoint { get; set; }
    [JsonPropertyName("sidecar")] public string? Sidecar { get; set; }

    /// <summary>A copy sharing nested objects; used by default merging, which replaces what it changes.</summary>
    public UtilityImages ShallowCopy() => (UtilityImages)MemberwiseClone();
}
