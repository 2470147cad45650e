using System.Text.Json.Serialization;

namespace Bowsprit.Plugins.Label;

/// <summary>One <c>assign_on</c> entry of a restricted label.</summary>
public sealed record AssignOnLabel
{
    [JsonPropertyName("label")] public string Label { get; init; } = "";
}
