using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>A repo's Tide context policy.</summary>
public sealed class TideRepoContextPolicy : TideContextPolicy
{
    [JsonPropertyName("branches")] public Dictionary<string, TideContextPolicy>? Branches { get; set; }
}
