using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Per-job reporting overrides.</summary>
public sealed class ReporterConfig
{
    [JsonPropertyName("slack")] public SlackReporterConfig? Slack { get; set; }
}
