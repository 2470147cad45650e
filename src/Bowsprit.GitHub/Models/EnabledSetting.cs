using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>A boolean protection setting.</summary>
public sealed class EnabledSetting
{
    [JsonPropertyName("enabled")] public bool Enabled { get; set; }
}
