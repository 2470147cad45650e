using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Deck's look.</summary>
public sealed class DeckBranding
{
    [JsonPropertyName("logo")] public string? Logo { get; set; }
    [JsonPropertyName("favicon")] public string? Favicon { get; set; }
    [JsonPropertyName("background_color")] public string? BackgroundColor { get; set; }
    [JsonPropertyName("header_color")] public string? HeaderColor { get; set; }
}
