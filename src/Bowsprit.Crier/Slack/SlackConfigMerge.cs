using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;

namespace Bowsprit.Crier.Slack;

/// <summary>A job's <c>reporter_config.slack</c> over the repo's <c>slack_reporter_configs</c> entry, field by field, as Prow merges them.</summary>
public static class SlackConfigMerge
{
    public static SlackReporterConfig? Merge(SlackReporterConfig? job, SlackReporterDefaults? global)
    {
        if (job is null && global is null)
        {
            return null;
        }

        // Prow stores an explicit `job_states_to_report: []` as report=false with no states: it silences the job.
        var jobStates = job?.JobStatesToReport is { Count: > 0 } states ? states : null;
        var jobReport = job?.Report ?? (job?.JobStatesToReport is { Count: 0 } ? false : null);
        return new SlackReporterConfig
        {
            Host = NonEmpty(job?.Host) ?? global?.Host,
            Channel = NonEmpty(job?.Channel) ?? global?.Channel,
            JobStatesToReport = jobStates ?? global?.JobStatesToReport,
            ReportTemplate = NonEmpty(job?.ReportTemplate) ?? global?.ReportTemplate,
            Report = jobReport ?? global?.Report,
        };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
