using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>PRs with these labels (comma = any of) merge first.</summary>
public sealed class TidePriority
{
    [JsonPropertyName("labels")] public List<string>? Labels { get; set; }
}
