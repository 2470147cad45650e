using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>A lens by name with its lens-specific configuration, kept as raw JSON.</summary>
public sealed class LensConfig
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("config")] public JsonElement? Config { get; set; }
}
