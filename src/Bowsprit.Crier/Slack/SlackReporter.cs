using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Templates;

namespace Bowsprit.Crier.Slack;

/// <summary>
/// Prow's <c>slackreporter</c>: a message when the job's state is one of the merged <c>job_states_to_report</c>
/// and either its type is in the repo's <c>slack_reporter_configs</c> entry or the job names its own channel.
/// </summary>
public sealed class SlackReporter(SlackClient slack, CrierOptions options) : IReporter
{
    public const string ReporterName = "slackreporter";
    public const string DefaultHost = "*";

    public string Name => ReporterName;

    public bool ShouldReport(ProwJob job)
    {
        if (!string.IsNullOrEmpty(options.ReportAgent) && (job.Spec.Agent ?? "kubernetes") != options.ReportAgent)
        {
            return false;
        }

        var global = GlobalFor(job);
        var own = job.Spec.ReporterConfig?.Slack;
        var typeReports = global?.JobTypesToReport is { } types && types.Contains(job.Spec.Type);
        var jobReports = !string.IsNullOrEmpty(own?.Channel);
        var merged = SlackConfigMerge.Merge(own, global);
        if (merged?.JobStatesToReport is not { } states || merged.Report == false)
        {
            return false;
        }

        return states.Contains(job.Status.State) && (typeReports || jobReports);
    }

    public async Task ReportAsync(ProwJob job, CancellationToken ct)
    {
        var merged = SlackConfigMerge.Merge(job.Spec.ReporterConfig?.Slack, GlobalFor(job))
            ?? throw new SlackApiException("no Slack configuration applies to this job", isTransient: false);
        var template = string.IsNullOrEmpty(merged.ReportTemplate) ? SlackReporterDefaults.DefaultTemplate : merged.ReportTemplate;
        var text = GoTemplate.Parse("report_template", template).Execute(job);
        await slack.PostAsync(string.IsNullOrEmpty(merged.Host) ? DefaultHost : merged.Host, merged.Channel ?? "", text, ct).ConfigureAwait(false);
    }

    /// <summary>The <c>slack_reporter_configs</c> entry for the job's repo: <c>org/repo</c>, then org, then <c>*</c>.</summary>
    private SlackReporterDefaults? GlobalFor(ProwJob job)
    {
        var configs = options.Config().SlackReporterConfigs;
        if (configs is null)
        {
            return null;
        }

        if (job.Spec.MainRefs is { } refs)
        {
            if (configs.TryGetValue($"{refs.Org}/{refs.Repo}", out var repo))
            {
                return repo;
            }

            if (configs.TryGetValue(refs.Org, out var org))
            {
                return org;
            }
        }

        return configs.GetValueOrDefault("*");
    }
}
