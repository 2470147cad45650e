using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Where deck links logs of jobs run by another agent.</summary>
public sealed class ExternalAgentLog
{
    [JsonPropertyName("agent")] public string? Agent { get; set; }
    [JsonPropertyName("selector")] public string? Selector { get; set; }
    [JsonPropertyName("url_template")] public string? UrlTemplate { get; set; }
}
