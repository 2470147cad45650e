using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>A spyglass lens and the artifact files that make it show.</summary>
public sealed class LensFileConfig
{
    [JsonPropertyName("required_files")] public List<string>? RequiredFiles { get; set; }
    [JsonPropertyName("optional_files")] public List<string>? OptionalFiles { get; set; }
    [JsonPropertyName("lens")] public LensConfig? Lens { get; set; }
}
