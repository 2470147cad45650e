using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Status contexts GitHub requires before merging.</summary>
public sealed class RequiredStatusChecks
{
    [JsonPropertyName("contexts")] public List<string>? Contexts { get; set; }
    [JsonPropertyName("strict")] public bool? Strict { get; set; }
}
