using System.Globalization;
using System.Runtime.CompilerServices;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using k8s;

namespace Bowsprit.Testing;

/// <summary>An <see cref="IProwJobStore"/> in memory, with the same resource-version and watch rules as the real stores.</summary>
public sealed class InMemoryProwJobStore : IProwJobStore
{
    private readonly Dictionary<string, ProwJob> _jobs = new(StringComparer.Ordinal);
    private readonly List<ProwJobWatchEvent> _changes = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _version;

    public IReadOnlyList<ProwJob> Snapshot()
    {
        lock (_gate)
        {
            return [.. _jobs.Values.Select(static j => j.DeepCopy())];
        }
    }

    public Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_jobs.ContainsKey(job.Name))
            {
                throw new ProwJobConflictException($"prowjobs \"{job.Name}\" already exists");
            }

            return Task.FromResult(Store(job, WatchEventType.Added));
        }
    }

    public Task<ProwJob?> GetAsync(string name, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.TryGetValue(name, out var job) ? job.DeepCopy() : null);
        }
    }

    public Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(new ListedProwJobs(
                [.. _jobs.Values.Where(query.Matches).Select(static j => j.DeepCopy())], _version.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_jobs.TryGetValue(job.Name, out var current))
            {
                throw new ProwJobConflictException($"prowjobs \"{job.Name}\" not found");
            }

            if (current.Metadata.ResourceVersion != job.Metadata.ResourceVersion)
            {
                throw new ProwJobConflictException($"prowjobs \"{job.Name}\": the object has been modified; please apply your changes to the latest version and try again");
            }

            return Task.FromResult(Store(job, WatchEventType.Modified));
        }
    }

    public Task<bool> DeleteAsync(string name, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_jobs.Remove(name, out var job))
            {
                return Task.FromResult(false);
            }

            job.Metadata.ResourceVersion = (++_version).ToString(CultureInfo.InvariantCulture);
            Record(WatchEventType.Deleted, job);
            return Task.FromResult(true);
        }
    }

    public async IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, [EnumeratorCancellation] CancellationToken ct)
    {
        var seen = long.Parse(resourceVersion, CultureInfo.InvariantCulture);
        while (true)
        {
            Task changed;
            List<ProwJobWatchEvent> batch;
            lock (_gate)
            {
                changed = _changed.Task;
                batch = [.. _changes.Skip((int)seen).Select(static c => c with { Job = c.Job.DeepCopy() })];
            }

            foreach (var change in batch)
            {
                seen++;
                yield return change;
            }

            await changed.WaitAsync(ct);
        }
    }

    private ProwJob Store(ProwJob job, WatchEventType type)
    {
        var stored = job.DeepCopy();
        stored.Metadata.ResourceVersion = (++_version).ToString(CultureInfo.InvariantCulture);
        _jobs[job.Name] = stored;
        Record(type, stored);
        return stored.DeepCopy();
    }

    // Versions start at 1 and every change takes one, so change N sits at index N - 1.
    private void Record(WatchEventType type, ProwJob job)
    {
        _changes.Add(new ProwJobWatchEvent(type, job.DeepCopy()));
        Interlocked.Exchange(ref _changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }
}
