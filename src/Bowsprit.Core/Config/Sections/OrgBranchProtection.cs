using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>An org's branch protection policy.</summary>
public sealed class OrgBranchProtection : BranchProtectionPolicy
{
    [JsonPropertyName("repos")] public Dictionary<string, RepoBranchProtection>? Repos { get; set; }
}
