using System.Text.Json.Serialization;

namespace Bowsprit.Core.Api;

/// <summary>Slack reporting for a job; merged over the global <c>slack_reporter_configs</c> entry.</summary>
public sealed class SlackReporterConfig
{
    [JsonPropertyName("host")] public string? Host { get; set; }
    [JsonPropertyName("channel")] public string? Channel { get; set; }
    [JsonPropertyName("job_states_to_report")] public List<ProwJobState>? JobStatesToReport { get; set; }
    [JsonPropertyName("report_template")] public string? ReportTemplate { get; set; }
    [JsonPropertyName("report")] public bool? Report { get; set; }

    /// <summary>
    /// Prow's rule: an unset <c>report</c> means false only when <c>job_states_to_report</c> is explicitly empty.
    /// </summary>
    [JsonIgnore]
    public bool ShouldReport => Report ?? JobStatesToReport is not { Count: 0 };
}
