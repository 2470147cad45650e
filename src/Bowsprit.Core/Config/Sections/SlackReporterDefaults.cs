using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Sections;

/// <summary>One entry of <c>slack_reporter_configs</c> (keyed <c>*</c>, org or <c>org/repo</c>).</summary>
public sealed class SlackReporterDefaults
{
    public const string DefaultTemplate =
        "Job {{.Spec.Job}} of type {{.Spec.Type}} ended with state {{.Status.State}}. <{{.Status.URL}}|View logs>";

    [JsonPropertyName("job_types_to_report")] public List<ProwJobType>? JobTypesToReport { get; set; }
    [JsonPropertyName("job_states_to_report")] public List<ProwJobState>? JobStatesToReport { get; set; }
    [JsonPropertyName("channel")] public string? Channel { get; set; }
    [JsonPropertyName("host")] public string? Host { get; set; }
    [JsonPropertyName("report_template")] public string? ReportTemplate { get; set; }
    [JsonPropertyName("report")] public bool? Report { get; set; }
}
