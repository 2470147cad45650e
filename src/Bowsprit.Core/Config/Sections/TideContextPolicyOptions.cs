using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary><c>tide.context_options</c>: a global policy with org, repo and branch overrides.</summary>
public sealed class TideContextPolicyOptions : TideContextPolicy
{
    [JsonPropertyName("orgs")] public Dictionary<string, TideOrgContextPolicy>? Orgs { get; set; }
}
