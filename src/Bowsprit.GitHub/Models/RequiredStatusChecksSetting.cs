using System.Text.Json.Serialization;

namespace Bowsprit.GitHub.Models;

/// <summary>Required status contexts.</summary>
public sealed class RequiredStatusChecksSetting
{
    [JsonPropertyName("strict")] public bool Strict { get; set; }
    [JsonPropertyName("contexts")] public List<string> Contexts { get; set; } = [];
}
