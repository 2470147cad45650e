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
public sealed partial class GitHubReporter(GitHubClient github, IProwJobStore store, CrierOptions options, ILogger<GitHubReporter> logger) : IReporter, IDisposable
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
        if (await IsSupersededAsync(job, ct).ConfigureAwait(false))
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
        var all = await ListSiblingsAsync(job, ct).ConfigureAwait(false);
        var mine = all.Where(j => SamePull(j, job)).ToList();
        if (mine.Any(static j => !j.Status.State.IsComplete()))
        {
            return [];
        }

        return [.. mine.Where(static j => j.Spec.Report)
            .GroupBy(static j => j.Spec.Job ?? "", StringComparer.Ordinal)
            .Select(static g => g.OrderByDescending(static j => j.Status.StartTime).ThenByDescending(static j => j.Name, StringComparer.Ordinal).First())];
    }

    /// <summary>Whether a newer reporting run of the same context targets the same PR (or, for postsubmits, the same commit).</summary>
    private async Task<bool> IsSupersededAsync(ProwJob job, CancellationToken ct)
    {
        var siblings = await ListSiblingsAsync(job, ct).ConfigureAwait(false);
        return siblings.Any(other => other.Name != job.Name && other.Spec.Report && other.Spec.Type == job.Spec.Type
            && other.Spec.Context == job.Spec.Context && SameTarget(other, job) && IsNewer(other, job));
    }

    private async Task<ListedProwJobs> ListSiblingsAsync(ProwJob job, CancellationToken ct)
    {
        // Prow's labels narrow the list when present; jobs created without them are still compared by their refs.
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { ProwJobLabels.Org, ProwJobLabels.Repo, ProwJobLabels.Pull })
        {
            if (job.Metadata.Labels is { } own && own.TryGetValue(key, out var value))
            {
                labels[key] = value;
            }
        }

        return await store.ListAsync(new ProwJobQuery { Type = job.Spec.Type, Labels = labels }, ct).ConfigureAwait(false);
    }

    private static bool SameTarget(ProwJob a, ProwJob b)
    {
        if (a.Spec.Type == ProwJobType.Presubmit)
        {
            return SamePull(a, b);
        }

        return a.Spec.Refs is { } ra && b.Spec.Refs is { } rb && ra.Org == rb.Org && ra.Repo == rb.Repo && ra.BaseSha == rb.BaseSha;
    }

    private static bool SamePull(ProwJob a, ProwJob b) =>
        a.Spec.Refs is { Pulls: { Count: 1 } pa } ra && b.Spec.Refs is { Pulls: { Count: 1 } pb } rb
        && ra.Org == rb.Org && ra.Repo == rb.Repo && pa[0].Number == pb[0].Number;

    private static bool IsNewer(ProwJob other, ProwJob job) =>
        other.Status.StartTime > job.Status.StartTime
        || (other.Status.StartTime == job.Status.StartTime && string.CompareOrdinal(other.Name, job.Name) > 0);

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
