using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>An org's Tide context policy.</summary>
public sealed class TideOrgContextPolicy : TideContextPolicy
{
    [JsonPropertyName("repos")] public Dictionary<string, TideRepoContextPolicy>? Repos { get; set; }
}
