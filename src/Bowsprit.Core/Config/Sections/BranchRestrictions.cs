using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Apps, users and teams allowed to do something on a protected branch.</summary>
public sealed class BranchRestrictions
{
    [JsonPropertyName("apps")] public List<string>? Apps { get; set; }
    [JsonPropertyName("users")] public List<string>? Users { get; set; }
    [JsonPropertyName("teams")] public List<string>? Teams { get; set; }
}
