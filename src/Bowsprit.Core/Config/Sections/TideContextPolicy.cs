using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Which status contexts Tide requires, at one level (global, org, repo or branch).</summary>
public class TideContextPolicy
{
    [JsonPropertyName("skip-unknown-contexts")] public bool? SkipUnknownContexts { get; set; }
    [JsonPropertyName("required-contexts")] public List<string>? RequiredContexts { get; set; }
    [JsonPropertyName("required-if-present-contexts")] public List<string>? RequiredIfPresentContexts { get; set; }
    [JsonPropertyName("optional-contexts")] public List<string>? OptionalContexts { get; set; }
    [JsonPropertyName("from-branch-protection")] public bool? FromBranchProtection { get; set; }
}
