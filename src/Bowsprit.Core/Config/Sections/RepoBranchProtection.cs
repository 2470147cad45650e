using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>A repo's branch protection policy, with per-branch overrides.</summary>
public sealed class RepoBranchProtection : BranchProtectionPolicy
{
    [JsonPropertyName("branches")] public Dictionary<string, BranchProtectionPolicy>? Branches { get; set; }
}
