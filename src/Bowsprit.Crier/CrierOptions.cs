using Bowsprit.Core.Config;

namespace Bowsprit.Crier;

/// <summary>crier's process options (Prow's crier flags); what to report comes from config.yaml, read live.</summary>
public sealed class CrierOptions
{
    /// <summary>The live config (<c>github_reporter</c>, <c>slack_reporter_configs</c>, <c>plank.report_templates</c>).</summary>
    public Func<ProwConfig> Config { get; set; } = static () => new ProwConfig();

    /// <summary>Prow's <c>--github-workers</c>: concurrent GitHub reports; 0 disables the GitHub reporter.</summary>
    public int GitHubWorkers { get; set; } = 4;

    /// <summary>Prow's <c>--gcs-workers</c>: where <c>prowjob.json</c> goes; null disables the artifacts reporter.</summary>
    public Artifacts.ArtifactsReporterOptions? Artifacts { get; set; }

    /// <summary>Prow's <c>--slack-workers</c>: concurrent Slack reports; 0 disables the Slack reporter.</summary>
    public int SlackWorkers { get; set; }

    /// <summary>
    /// Slack credentials per host (<c>reporter_config.slack.host</c>; <c>*</c> is the default): a file holding
    /// either an incoming-webhook URL or a bot token (Prow's <c>--slack-token-file</c> / <c>--additional-slack-token-files</c>).
    /// </summary>
    public Dictionary<string, string> SlackTokenFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>Slack Web API root used with tokens (webhook URLs carry their own address).</summary>
    public Uri SlackApiUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// The bot whose earlier failure comments are edited or deleted. Null: the login of the GitHub token's user,
    /// asked once, as Prow's bot-user checker does.
    /// </summary>
    public string? BotLogin { get; set; }

    /// <summary>Prow's <c>--report-agent</c>: report only jobs of this agent (GitHub and Slack); empty means all.</summary>
    public string? ReportAgent { get; set; }

    /// <summary>Prow's GitHub enablement (<c>--github-enabled-org/repo</c>): a job is reported if any of its refs is enabled.</summary>
    public Func<string, string, bool> IsRepoEnabled { get; set; } = static (_, _) => true;

    /// <summary>How often every job is looked at again without an event: a safety net for changes a watch gap lost.</summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Fresh-read retries when recording <c>prev_report_states</c> loses an optimistic-concurrency race.</summary>
    public int ConflictRetries { get; set; } = 10;

    public ReportRetryOptions Retry { get; set; } = new();
}
