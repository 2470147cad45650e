using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Sinker;

/// <summary>
/// Garbage-collects every <c>sinker.resync_period</c>: completed ProwJobs past <c>max_prowjob_age</c> (keeping
/// the newest run of each configured periodic, which horologium schedules from), and runs whose job has
/// finished long enough ago or no longer exists. Incomplete jobs and their runs are never touched.
/// </summary>
public sealed partial class SinkerController(
    Func<ProwConfig> config, IProwJobStore store, IJobRuntime runtime, TimeProvider time, ILogger<SinkerController> logger)
    : BackgroundService
{
    /// <summary>A run may exist briefly before its ProwJob is visible (or after a create that failed); Prow waits this long before calling it orphaned.</summary>
    public static readonly TimeSpan OrphanGracePeriod = TimeSpan.FromSeconds(30);

    public async Task<SinkerReport> CleanOnceAsync(CancellationToken ct)
    {
        var settings = config();
        var now = time.GetUtcNow();
        var report = new SinkerReport();
        var jobs = await store.ListAsync(ProwJobQuery.All, ct);
        var byName = jobs.ToDictionary(static j => j.Name, StringComparer.Ordinal);

        // Runs first, judged against the job list as read: a run whose job is deleted below is judged next pass.
        await CleanRunsAsync(settings, byName, now, report, ct);
        await CleanProwJobsAsync(settings, jobs, now, report, ct);
        LogPass(logger, report.ProwJobsAged.Count, report.RunsAged.Count + report.RunsTtled.Count + report.RunsOrphaned.Count, report.Errors);
        return report;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CleanOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPassFailed(logger, e.Message, e);
            }

            await Task.Delay(config().Sinker.EffectiveResyncPeriod, time, stoppingToken);
        }
    }

    private async Task CleanProwJobsAsync(ProwConfig settings, IReadOnlyList<ProwJob> jobs, DateTimeOffset now, SinkerReport report, CancellationToken ct)
    {
        var configured = settings.AllPeriodics.Select(static p => p.Name).ToHashSet(StringComparer.Ordinal);
        var newestPeriodic = jobs
            .Where(j => j.Spec.Type == ProwJobType.Periodic && j.Spec.Job is { } name && configured.Contains(name))
            .GroupBy(static j => j.Spec.Job!, StringComparer.Ordinal)
            .Select(static g => g.MaxBy(static j => j.Status.StartTime)!.Name)
            .ToHashSet(StringComparer.Ordinal);

        foreach (var job in jobs)
        {
            if (!job.Status.State.IsComplete() || now - job.Status.StartTime <= settings.Sinker.EffectiveMaxProwJobAge || newestPeriodic.Contains(job.Name))
            {
                continue;
            }

            try
            {
                await store.DeleteAsync(job.Name, ct);
                report.ProwJobsAged.Add(job.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Errors++;
                LogDeleteFailed(logger, "ProwJob", job.Name, e.Message, e);
            }
        }
    }

    private async Task CleanRunsAsync(ProwConfig settings, Dictionary<string, ProwJob> jobs, DateTimeOffset now, SinkerReport report, CancellationToken ct)
    {
        var excluded = (settings.Sinker.ExcludeClusters ?? []).ToHashSet(StringComparer.Ordinal);
        foreach (var run in await runtime.ListAsync(ct))
        {
            List<string>? reason;
            if (!jobs.TryGetValue(run.JobName, out var job))
            {
                reason = now - run.CreatedAt > OrphanGracePeriod ? report.RunsOrphaned : null;
            }
            else if (!job.Status.State.IsComplete() || (job.Spec.Cluster is { } cluster && excluded.Contains(cluster)))
            {
                reason = null;
            }
            else if (now - (run.StartedAt ?? run.CreatedAt) > settings.Sinker.EffectiveMaxPodAge)
            {
                reason = report.RunsAged;
            }
            else if (job.Status.CompletionTime is { } completed && now - completed > settings.Sinker.EffectiveTerminatedPodTtl)
            {
                reason = report.RunsTtled;
            }
            else
            {
                reason = null;
            }

            if (reason is null)
            {
                continue;
            }

            try
            {
                await runtime.DeleteAsync(run.JobName, ct);
                reason.Add(run.JobName);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                report.Errors++;
                LogDeleteFailed(logger, "run", run.JobName, e.Message, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sinker pass: removed {ProwJobs} ProwJobs and {Runs} runs, {Errors} errors")]
    private static partial void LogPass(ILogger logger, int prowJobs, int runs, int errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sinker pass failed: {Reason}")]
    private static partial void LogPassFailed(ILogger logger, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not delete {Kind} {Name}: {Reason}")]
    private static partial void LogDeleteFailed(ILogger logger, string kind, string name, string reason, Exception exception);
}
