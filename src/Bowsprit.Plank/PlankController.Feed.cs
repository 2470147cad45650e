using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using k8s;

namespace Bowsprit.Plank;

/// <summary>What feeds plank's work queue: the start-up pass, the ProwJob and run watches, and the periodic resync.</summary>
public sealed partial class PlankController
{
    /// <summary>After a restart: clean up runs nobody owns, then look at every job that may need work.</summary>
    private async Task<string> StartupAsync(CancellationToken ct)
    {
        var jobs = await store.ListAsync(ProwJobQuery.All, ct).ConfigureAwait(false);
        var byName = jobs.ToDictionary(static j => j.Name, StringComparer.Ordinal);
        foreach (var run in await runtime.ListAsync(ct).ConfigureAwait(false))
        {
            if (!byName.ContainsKey(run.JobName))
            {
                LogOrphan(run.JobName);
                await runtime.DeleteAsync(run.JobName, ct).ConfigureAwait(false);
            }
        }

        _incomplete.Reset(jobs, jobs.ResourceVersion);
        EnqueueAll(jobs);
        metrics.SetJobs(jobs);
        return jobs.ResourceVersion;
    }

    private void EnqueueAll(IEnumerable<ProwJob> jobs)
    {
        foreach (var job in jobs)
        {
            if (PlankDecisions.Handles(job))
            {
                _queue.Add(job.Name);
            }
        }
    }

    private async Task WatchJobsAsync(string resourceVersion, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var change in store.WatchAsync(resourceVersion, ct).ConfigureAwait(false))
                {
                    resourceVersion = change.Job.Metadata.ResourceVersion ?? resourceVersion;
                    if (change.Type == WatchEventType.Deleted)
                    {
                        _incomplete.Remove(change.Job.Name, change.Job.Metadata.ResourceVersion);
                    }
                    else
                    {
                        _incomplete.Apply(change.Job);
                    }

                    if (PlankDecisions.Handles(change.Job))
                    {
                        _queue.Add(change.Job.Name);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Expired or broken watch: list again so nothing that changed in the gap is missed.
                LogWatchRestart("prowjobs", ex);
                await DelayAsync(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
                try
                {
                    var jobs = await store.ListAsync(ProwJobQuery.All, ct).ConfigureAwait(false);
                    _incomplete.Reset(jobs, jobs.ResourceVersion);
                    EnqueueAll(jobs);
                    resourceVersion = jobs.ResourceVersion;
                }
                catch (Exception listError) when (listError is not OperationCanceledException)
                {
                    LogWatchRestart("prowjobs list", listError);
                }
            }
        }
    }

    private async Task WatchRunsAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var run in runtime.WatchAsync(ct).ConfigureAwait(false))
                {
                    _queue.Add(run.JobName);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogWatchRestart("runs", ex);
                await DelayAsync(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false);
            }
        }
    }

    private async Task ResyncAsync(CancellationToken ct)
    {
        while (await DelayAsync(options.ResyncInterval, ct).ConfigureAwait(false))
        {
            try
            {
                var jobs = await store.ListAsync(ProwJobQuery.All, ct).ConfigureAwait(false);
                metrics.SetJobs(jobs);
                EnqueueAll(jobs.Where(static j => !j.Status.State.IsComplete()));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWatchRestart("resync", ex);
            }
        }
    }
}
