using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Templates;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Crier.GitHub;

/// <summary>
/// Prow's <c>github-reporter</c>: a commit status per job context on the PR head (or pushed) SHA, then for PRs
/// the failure comment. Only the newest run of a context is reported; an older run finishing late would
/// otherwise overwrite the status of the run that replaced it.
/// </summary>
public sealed partial class GitHubReporter(GitHubClient github, IProwJobStore store, ProwJobIndex index, CrierOptions options, ILogger<GitHubReporter> logger) : IReporter, IDisposable
{
    public const string ReporterName = "github-reporter";

    private readonly PullRequestLocks _locks = new();
    private readonly SemaphoreSlim _botGate = new(1, 1);
    private string? _botLogin = options.BotLogin;

    public string Name => ReporterName;

    public bool ShouldReport(ProwJob job)
    {
        if (!job.Spec.Report || job.Spec.Refs is not { } refs)
        {
            return false;
        }

        if (job.Metadata.Labels is { } labels && labels.TryGetValue(ProwJobLabels.GerritReportLabel, out var gerrit) && gerrit.Length > 0)
        {
            return false;
        }

        if (job.Spec.Type is not (ProwJobType.Presubmit or ProwJobType.Postsubmit)
            || !options.Config().GitHubReporter.EffectiveJobTypesToReport.Contains(job.Spec.Type))
        {
            return false;
        }

        if (!string.IsNullOrEmpty(options.ReportAgent) && (job.Spec.Agent ?? "kubernetes") != options.ReportAgent)
        {
            return false;
        }

        // Batch-like jobs over several PRs have no single commit to put a status on.
        return (refs.Pulls?.Count ?? 0) <= 1 && job.Status.State != ProwJobState.None;
    }

    public async Task ReportAsync(ProwJob job, CancellationToken ct)
    {
        if (IsSuperseded(job))
        {
            LogSuperseded(job.Name, job.Spec.Context);
            return;
        }

        if (!await ReportStatusAsync(job, ct).ConfigureAwait(false))
        {
            return;
        }

        var refs = job.Spec.Refs!;
        if (refs.Pulls is not { Count: 1 } pulls)
        {
            return;
        }

        var config = options.Config();
        var orgRepo = $"{refs.Org}/{refs.Repo}";
        if ((config.GitHubReporter.NoCommentRepos ?? []).Any(r => r == refs.Org || r == orgRepo))
        {
            return;
        }

        using var held = await _locks.AcquireAsync($"{orgRepo}#{pulls[0].Number.ToString(CultureInfo.InvariantCulture)}", ct).ConfigureAwait(false);
        IReadOnlyList<ProwJob> toReport = [job];
        var summary = (config.GitHubReporter.SummaryCommentRepos ?? []).Any(r => r == refs.Org || r == orgRepo);
        if (summary)
        {
            toReport = await LatestRunsOfPullAsync(job, ct).ConfigureAwait(false);
        }

        await ReportCommentAsync(toReport, config, mustCreate: summary, ct).ConfigureAwait(false);
    }

    /// <summary>Posts the status; false when GitHub answered with an error Prow deliberately ignores (then no comment either).</summary>
    private async Task<bool> ReportStatusAsync(ProwJob job, CancellationToken ct)
    {
        var refs = job.Spec.Refs!;
        var sha = refs.Pulls is { Count: > 0 } pulls ? pulls[0].Sha : refs.BaseSha ?? "";
        try
        {
            await github.CreateStatusAsync(refs.Org, refs.Repo, sha, CommitStates.For(job.Status.State), job.Spec.Context ?? "",
                StatusDescription.WithBaseSha(job.Status.Description, refs.BaseSha), job.Status.Url, ct).ConfigureAwait(false);
            return true;
        }
        catch (GitHubApiException ex) when (IsUnrecoverable(ex))
        {
            // A force-pushed-away SHA or a context at GitHub's status cap: retrying can never succeed.
            LogStatusIgnored(job.Name, ex.Message);
            return false;
        }
    }

    public void Dispose() => _botGate.Dispose();

    private static bool IsUnrecoverable(GitHubApiException ex)
    {
        var message = ex.Error?.Message ?? "";
        return ex.IsNotFound
            || message.Contains("No commit found for SHA", StringComparison.Ordinal)
            || message.Contains("reached the maximum number of statuses", StringComparison.Ordinal);
    }

    private async Task ReportCommentAsync(IReadOnlyList<ProwJob> jobs, ProwConfig config, bool mustCreate, CancellationToken ct)
    {
        var types = config.GitHubReporter.EffectiveJobTypesToReport;
        var valid = jobs.Where(j => j.Spec.Report && types.Contains(j.Spec.Type) && j.Status.State.IsComplete()).ToList();
        if (valid.Count == 0 || valid[0].Spec.Refs is not { Pulls: { Count: 1 } pulls } refs)
        {
            return;
        }

        var number = pulls[0].Number;
        var comments = await github.ListIssueCommentsAsync(refs.Org, refs.Repo, number, ct).ConfigureAwait(false);
        var bot = await BotLoginAsync(ct).ConfigureAwait(false);
        var plan = FailureComment.Plan(valid, login => IsBot(login, bot), comments);
        foreach (var id in plan.Deletes)
        {
            try
            {
                await github.DeleteCommentAsync(refs.Org, refs.Repo, id, ct).ConfigureAwait(false);
            }
            catch (GitHubApiException ex) when (ex.IsNotFound)
            {
                // Already gone (a retry after a partial run, or someone deleted it): the goal is met.
            }
        }

        // After a push aborted runs, "all passed" would be a lie.
        var aborted = valid.Any(static j => j.Status.State == ProwJobState.Aborted);
        if (plan.Rows.Count == 0 && !(mustCreate && !aborted))
        {
            return;
        }

        var body = FailureComment.Render(valid, plan.Rows, RenderTemplate(config, valid[0]));
        if (plan.EditId is { } id2)
        {
            await github.EditCommentAsync(refs.Org, refs.Repo, id2, body, ct).ConfigureAwait(false);
        }
        else
        {
            await github.CreateCommentAsync(refs.Org, refs.Repo, number, body, ct).ConfigureAwait(false);
        }
    }

    /// <summary><c>plank.report_templates</c> for the repo (<c>org/repo</c>, then org, then <c>*</c>; legacy <c>report_template</c>) over the job.</summary>
    private static string? RenderTemplate(ProwConfig config, ProwJob job)
    {
        var refs = job.Spec.Refs!;
        var templates = config.Plank.ReportTemplates ?? [];
        var text = templates.GetValueOrDefault($"{refs.Org}/{refs.Repo}") ?? templates.GetValueOrDefault(refs.Org)
            ?? templates.GetValueOrDefault("*") ?? config.Plank.ReportTemplate;
        return string.IsNullOrEmpty(text) ? null : GoTemplate.Parse("report_template", text).Execute(job);
    }

    /// <summary>For <c>summary_comment_repos</c>: the newest run of every reporting job on the PR, or nothing while any still runs.</summary>
    private async Task<IReadOnlyList<ProwJob>> LatestRunsOfPullAsync(ProwJob job, CancellationToken ct)
    {
        // The job at hand was just read from the store; the index may not have seen that write yet.
        var runs = index.SameTarget(job).Where(r => r.Name != job.Name)
            .Append(new JobSummary(job.Name, job.Spec.Job, job.Spec.Context, job.Spec.Report, job.Status.StartTime, job.Status.State)).ToList();
        if (runs.Any(static r => !r.State.IsComplete()))
        {
            return [];
        }

        var latest = new List<ProwJob>();
        foreach (var run in runs.Where(static r => r.Report)
            .GroupBy(static r => r.Job ?? "", StringComparer.Ordinal)
            .Select(static g => g.OrderByDescending(static r => r.StartTime).ThenByDescending(static r => r.Name, StringComparer.Ordinal).First()))
        {
            if (run.Name == job.Name)
            {
                latest.Add(job);
            }
            else if (await store.GetAsync(run.Name, ct).ConfigureAwait(false) is { } full)
            {
                latest.Add(full);
            }
        }

        return latest;
    }

    /// <summary>Whether a newer reporting run of the same context targets the same PR (or, for postsubmits, the same commit).</summary>
    private bool IsSuperseded(ProwJob job) =>
        index.SameTarget(job).Any(other => other.Name != job.Name && other.Report && other.Context == job.Spec.Context
            && (other.StartTime > job.Status.StartTime || (other.StartTime == job.Status.StartTime && string.CompareOrdinal(other.Name, job.Name) > 0)));

    private async Task<string> BotLoginAsync(CancellationToken ct)
    {
        if (_botLogin is { } known)
        {
            return known;
        }

        await _botGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return _botLogin ??= (await github.GetAuthenticatedUserAsync(ct).ConfigureAwait(false)).Login;
        }
        finally
        {
            _botGate.Release();
        }
    }

    // GitHub Apps comment as "<name>[bot]".
    private static bool IsBot(string login, string bot) =>
        string.Equals(login, bot, StringComparison.OrdinalIgnoreCase)
        || string.Equals(login, bot + "[bot]", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not reporting job {Job}: a newer run of context {Context} exists")]
    private partial void LogSuperseded(string job, string? context);

    [LoggerMessage(Level = LogLevel.Information, Message = "Status for job {Job} not set, and never will be: {Reason}")]
    private partial void LogStatusIgnored(string job, string reason);
}
