using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Directories whose OWNERS files are ignored.</summary>
public sealed class OwnersDirDenylist
{
    [JsonPropertyName("repos")] public Dictionary<string, List<string>>? Repos { get; set; }
    [JsonPropertyName("default")] public List<string>? Default { get; set; }
    [JsonPropertyName("ignore_preconfigured_defaults")] public bool IgnorePreconfiguredDefaults { get; set; }
}
