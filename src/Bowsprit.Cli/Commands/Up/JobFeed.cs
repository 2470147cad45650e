using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Cli.Commands.Up;

/// <summary>The status display's view of the jobs: one list, then the store's watch (no polling of every job).</summary>
internal sealed class JobFeed(IProwJobStore store)
{
    private readonly Dictionary<string, ProwJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var listed = await store.ListAsync(ProwJobQuery.All, ct);
                lock (_lock)
                {
                    _jobs.Clear();
                    foreach (var job in listed)
                    {
                        _jobs[job.Name] = job;
                    }
                }

                await foreach (var change in store.WatchAsync(listed.ResourceVersion, ct))
                {
                    lock (_lock)
                    {
                        if (change.Type == k8s.WatchEventType.Deleted)
                        {
                            _jobs.Remove(change.Job.Name);
                        }
                        else
                        {
                            _jobs[change.Job.Name] = change.Job;
                        }
                    }
                }
            }
            catch (ProwJobWatchExpiredException)
            {
                // Fell behind: list again.
            }
        }
    }

    /// <summary>Counts by state and the most recently started jobs.</summary>
    public (IReadOnlyDictionary<ProwJobState, int> Counts, IReadOnlyList<ProwJob> Latest) Snapshot(int latest)
    {
        lock (_lock)
        {
            return (_jobs.Values.GroupBy(static j => j.Status.State).ToDictionary(static g => g.Key, static g => g.Count()),
                [.. _jobs.Values.OrderByDescending(static j => j.Status.StartTime).Take(latest)]);
        }
    }
}
