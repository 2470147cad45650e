using Bowsprit.Core.Api;
using Bowsprit.Core.Controllers;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.Core.Templates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plank;

/// <summary>
/// Prow's plank: watches ProwJobs and runs, and reconciles each job by name through a keyed work queue so that
/// one job is never reconciled twice at once while different jobs proceed in parallel.
/// </summary>
public sealed partial class PlankController(
    IProwJobStore store,
    IJobRuntime runtime,
    PlankOptions options,
    BuildIdGenerator buildIds,
    PlankMetrics metrics,
    TimeProvider time,
    ILogger<PlankController> logger)
    : BackgroundService
{
    private readonly KeyedWorkQueue _queue = new();
    private readonly IncompleteJobIndex _incomplete = new();

    // Admission reads the slot counts and then records pending; two admissions at once could both see a free slot.
    private readonly SemaphoreSlim _admission = new(1, 1);

    // Jobs waiting for a slot: woken as soon as any job completes instead of only on their next timed look.
    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly Lock _heldGate = new();

    // The earliest pending timed look per job.
    private readonly Dictionary<string, DateTimeOffset> _timers = new(StringComparer.Ordinal);
    private readonly Lock _timersGate = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var runWatch = WatchRunsAsync(stoppingToken);
        var listed = await StartupAsync(stoppingToken).ConfigureAwait(false);
        var workers = Enumerable.Range(0, Math.Max(1, options.Concurrency)).Select(_ => WorkAsync(stoppingToken));
        await Task.WhenAll([runWatch, WatchJobsAsync(listed, stoppingToken), ResyncAsync(stoppingToken), .. workers]).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _admission.Dispose();
        base.Dispose();
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            string name;
            try
            {
                name = await _queue.TakeAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                var again = await ReconcileAsync(name, ct).ConfigureAwait(false);
                if (again is { } delay)
                {
                    RequeueAfter(name, delay, ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogReconcileFailed(name, ex);
                RequeueAfter(name, TimeSpan.FromSeconds(1), ct);
            }
            finally
            {
                _queue.Done(name);
            }
        }
    }

    private void RequeueAfter(string name, TimeSpan delay, CancellationToken ct)
    {
        var due = time.GetUtcNow() + delay;
        lock (_timersGate)
        {
            // A look already due no later makes this one redundant; held jobs would otherwise pile up timers.
            if (_timers.TryGetValue(name, out var existing) && existing <= due)
            {
                return;
            }

            _timers[name] = due;
        }

        _ = Task.Run(async () =>
        {
            var fired = await DelayAsync(delay, ct).ConfigureAwait(false);
            lock (_timersGate)
            {
                if (_timers.TryGetValue(name, out var current) && current == due)
                {
                    _timers.Remove(name);
                }
            }

            if (fired)
            {
                _queue.Add(name);
            }
        }, CancellationToken.None);
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>One job, from a fresh read; a conflicting write means someone else moved it, so read again and redecide.</summary>
    internal async Task<TimeSpan?> ReconcileAsync(string name, CancellationToken ct)
    {
        for (var attempt = 0; attempt <= options.ConflictRetries; attempt++)
        {
            try
            {
                return await ReconcileOnceAsync(name, ct).ConfigureAwait(false);
            }
            catch (ProwJobConflictException ex)
            {
                LogConflict(name, attempt, ex.Message);
            }
        }

        return TimeSpan.FromSeconds(1);
    }

    private async Task<TimeSpan?> ReconcileOnceAsync(string name, CancellationToken ct)
    {
        var job = await store.GetAsync(name, ct).ConfigureAwait(false);
        if (job is null)
        {
            // The job was deleted (sinker): whatever its run left behind goes too.
            await runtime.DeleteAsync(name, ct).ConfigureAwait(false);
            return null;
        }

        if (await AbortIfSupersededAsync(job, ct).ConfigureAwait(false))
        {
            return null;
        }

        var run = await runtime.GetAsync(job, ct).ConfigureAwait(false);
        if (job.Status.State == ProwJobState.Triggered && PlankDecisions.Handles(job))
        {
            await _admission.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                // Re-read under the lock: the counts must describe the same moment as the job.
                job = await store.GetAsync(name, ct).ConfigureAwait(false);
                if (job is null || job.Status.State != ProwJobState.Triggered)
                {
                    return TimeSpan.Zero;
                }

                _incomplete.Apply(job);
                var counts = _incomplete.Counts(job);
                var admit = PlankDecisions.Decide(job, run, counts, options.Config(), time.GetUtcNow());
                switch (admit.Kind)
                {
                    case PlankActionKind.Hold:
                        lock (_heldGate)
                        {
                            _held.Add(name);
                        }

                        return options.HeldRequeue;
                    case PlankActionKind.Start:
                        lock (_heldGate)
                        {
                            _held.Remove(name);
                        }

                        job = await RecordPendingAsync(job, ct).ConfigureAwait(false);
                        break;
                    default:
                        return await ApplyAsync(job, admit, ct).ConfigureAwait(false);
                }
            }
            finally
            {
                _admission.Release();
            }

            // Started outside the lock: a slow runtime must not stall every other admission.
            await StartRunAsync(job, ct).ConfigureAwait(false);
            return null;
        }

        var action = PlankDecisions.Decide(job, run, PlankCounts.None, options.Config(), time.GetUtcNow());
        return await ApplyAsync(job, action, ct).ConfigureAwait(false);
    }

    private async Task<bool> AbortIfSupersededAsync(ProwJob job, CancellationToken ct)
    {
        if (job.Spec.Type != ProwJobType.Presubmit || job.Status.State.IsComplete() || !PlankDecisions.Handles(job))
        {
            return false;
        }

        // The job as read may be newer than the index (watch lag); the index must know it before comparing.
        _incomplete.Apply(job);

        if (!_incomplete.IsSuperseded(job))
        {
            return false;
        }

        var aborted = job.DeepCopy();
        aborted.Status.State = ProwJobState.Aborted;
        aborted.Status.Description = PresubmitDedupe.Description;
        aborted.Status.CompletionTime = time.GetUtcNow();

        // Marked as already reported so no stale status is posted for a SHA nobody is looking at any more.
        aborted.Status.PrevReportStates ??= [];
        aborted.Status.PrevReportStates[PresubmitDedupe.GitHubReporter] = ProwJobState.Aborted;
        _incomplete.Apply(await store.UpdateAsync(aborted, ct).ConfigureAwait(false));
        LogTransition(job.Name, ProwJobState.Aborted, PresubmitDedupe.Description);
        metrics.CountTransition(job, ProwJobState.Aborted);
        WakeHeld();
        await runtime.StopAsync(job, ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether the job was last reconciled as waiting for a free slot (max_concurrency or its queue's capacity).</summary>
    public bool IsHeld(string jobName)
    {
        lock (_heldGate)
        {
            return _held.Contains(jobName);
        }
    }

    private void WakeHeld()
    {
        string[] held;
        lock (_heldGate)
        {
            held = [.. _held];
            _held.Clear();
        }

        foreach (var name in held)
        {
            _queue.Add(name);
        }
    }

    private async Task<TimeSpan?> ApplyAsync(ProwJob job, PlankAction action, CancellationToken ct)
    {
        switch (action.Kind)
        {
            case PlankActionKind.StartRun:
                await StartRunAsync(job, ct).ConfigureAwait(false);
                return null;
            case PlankActionKind.MarkStarted:
                await MarkStartedAsync(job, ct).ConfigureAwait(false);
                return null;
            case PlankActionKind.Complete:
                // Recorded before stopping: a crash in between leaves a final job with a live run, which the next pass stops.
                var completed = job.DeepCopy();
                completed.Status.State = action.State;
                completed.Status.Description = action.Description;
                completed.Status.CompletionTime = time.GetUtcNow();
                _incomplete.Apply(await store.UpdateAsync(completed, ct).ConfigureAwait(false));
                LogTransition(job.Name, action.State, action.Description);
                metrics.CountTransition(job, action.State);
                WakeHeld();
                if (action.StopRun)
                {
                    await runtime.StopAsync(job, ct).ConfigureAwait(false);
                }

                return null;
            case PlankActionKind.StopRun:
                if (job.Status.CompletionTime is null)
                {
                    var stamped = job.DeepCopy();
                    stamped.Status.CompletionTime = time.GetUtcNow();
                    _incomplete.Apply(await store.UpdateAsync(stamped, ct).ConfigureAwait(false));
                    WakeHeld();
                }

                if (action.StopRun)
                {
                    await runtime.StopAsync(job, ct).ConfigureAwait(false);
                }

                return null;
            case PlankActionKind.Hold:
                return options.HeldRequeue;
            default:
                return action.RequeueAfter;
        }
    }

    /// <summary>Pending is written before the run is started, so a crash can only leave a pending job without a run, never a run without a record.</summary>
    private async Task<ProwJob> RecordPendingAsync(ProwJob job, CancellationToken ct)
    {
        var pending = job.DeepCopy();
        var buildId = string.IsNullOrEmpty(pending.Status.BuildId) ? buildIds.Next() : pending.Status.BuildId;
        pending.Status.State = ProwJobState.Pending;
        pending.Status.PendingTime = time.GetUtcNow();
        pending.Status.PodName = pending.Name;
        pending.Status.BuildId = buildId;
        pending.Status.Description = PlankDecisions.Triggered;
        pending.Metadata.Labels ??= new Dictionary<string, string>();
        pending.Metadata.Labels[ProwJobLabels.BuildId] = buildId;
        pending.Status.Url = RenderUrl(pending);
        var stored = await store.UpdateAsync(pending, ct).ConfigureAwait(false);
        _incomplete.Apply(stored);
        LogTransition(job.Name, ProwJobState.Pending, buildId);
        metrics.CountTransition(job, ProwJobState.Pending);
        return stored;
    }

    private async Task StartRunAsync(ProwJob job, CancellationToken ct)
    {
        await runtime.StartAsync(job, ct).ConfigureAwait(false);
        await MarkStartedAsync(job, ct).ConfigureAwait(false);
    }

    private async Task MarkStartedAsync(ProwJob job, CancellationToken ct)
    {
        var marked = job.DeepCopy();
        marked.Metadata.Annotations ??= new Dictionary<string, string>();
        marked.Metadata.Annotations[PlankAnnotations.RunStarted] = "true";
        _incomplete.Apply(await store.UpdateAsync(marked, ct).ConfigureAwait(false));
    }

    private string? RenderUrl(ProwJob job)
    {
        try
        {
            return JobUrls.For(job, options.Config()) ?? job.Status.Url;
        }
        catch (GoTemplateException ex)
        {
            LogUrlFailed(job.Name, ex.Message);
            return job.Status.Url;
        }
    }
}
