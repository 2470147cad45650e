using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.Plank;

/// <summary>
/// plank's in-memory view of the incomplete ProwJobs, fed by its list + watch and by its own writes, so that
/// admission (slot counts) and presubmit dedupe never read the store: with thousands of jobs queued, reading
/// every incomplete job per admission made a burst quadratic. Entries carry their resource version and removed
/// jobs leave a tombstone, so a late watch event can never bring back an older state than one already seen.
/// </summary>
internal sealed class IncompleteJobIndex
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byJob = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byQueue = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _tombstones = new(StringComparer.Ordinal);
    private int _pending;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byName.Count;
            }
        }
    }

    /// <summary>Replaces the view with a full list, keeping entries newer than the list (own writes that raced it).</summary>
    public void Reset(IEnumerable<ProwJob> jobs, string listVersion)
    {
        var listed = Version(listVersion);
        lock (_gate)
        {
            var newer = _byName.Values.Where(e => e.Version > listed).Select(e => e.Job).ToList();
            _byName.Clear();
            _byJob.Clear();
            _byQueue.Clear();
            _byIdentity.Clear();
            _pending = 0;
            _tombstones.Clear();
            foreach (var job in jobs.Concat(newer))
            {
                ApplyLocked(job);
            }
        }
    }

    /// <summary>Records a job as stored (from the watch or an own write); ignored when an equal or newer version was seen.</summary>
    public void Apply(ProwJob job)
    {
        lock (_gate)
        {
            ApplyLocked(job);
        }
    }

    public void Remove(string name, string? resourceVersion)
    {
        lock (_gate)
        {
            RemoveLocked(name, Version(resourceVersion));
        }
    }

    /// <summary>Jobs ahead of <paramref name="job"/> for its slot limits; only the counts its limits need are computed.</summary>
    public PlankCounts Counts(ProwJob job)
    {
        lock (_gate)
        {
            var self = _byName.TryGetValue(job.Name, out var own) && own.Job.Status.State == ProwJobState.Pending ? 1 : 0;
            var sameJob = job.Spec.MaxConcurrency > 0 ? Ahead(_byJob, job.Spec.Job, job) : 0;
            var sameQueue = !string.IsNullOrEmpty(job.Spec.JobQueueName) ? Ahead(_byQueue, job.Spec.JobQueueName, job) : 0;
            return new PlankCounts(_pending - self, sameJob, sameQueue);
        }
    }

    /// <summary>Whether a newer incomplete presubmit of the same job tests the same pulls (prow-spec §3 dedupe).</summary>
    public bool IsSuperseded(ProwJob job)
    {
        if (job.Spec.Type != ProwJobType.Presubmit || job.Status.State.IsComplete())
        {
            return false;
        }

        lock (_gate)
        {
            return _byIdentity.TryGetValue(PresubmitDedupe.Identity(job), out var same) &&
                PresubmitDedupe.IsSuperseded(job, same.Select(n => _byName[n].Job));
        }
    }

    private int Ahead(Dictionary<string, HashSet<string>> index, string? key, ProwJob job)
    {
        if (key is null || !index.TryGetValue(key, out var names))
        {
            return 0;
        }

        var count = 0;
        foreach (var name in names)
        {
            if (name == job.Name)
            {
                continue;
            }

            var other = _byName[name].Job;
            if (other.Status.State == ProwJobState.Pending ||
                (other.Status.State == ProwJobState.Triggered && IsOlder(other, job)))
            {
                count++;
            }
        }

        return count;
    }

    private void ApplyLocked(ProwJob job)
    {
        var version = Version(job.Metadata.ResourceVersion);
        if (_byName.TryGetValue(job.Name, out var existing) && existing.Version >= version && version != 0)
        {
            return;
        }

        if (_tombstones.TryGetValue(job.Name, out var removedAt) && removedAt >= version && version != 0)
        {
            return;
        }

        if (job.Status.State.IsComplete())
        {
            RemoveLocked(job.Name, version);
            return;
        }

        if (existing is not null)
        {
            Unlink(existing);
        }

        var entry = new Entry(job, version, job.Spec.Type == ProwJobType.Presubmit ? PresubmitDedupe.Identity(job) : null);
        _byName[job.Name] = entry;
        Link(_byJob, job.Spec.Job, job.Name);
        Link(_byQueue, job.Spec.JobQueueName, job.Name);
        Link(_byIdentity, entry.Identity, job.Name);
        _pending += job.Status.State == ProwJobState.Pending ? 1 : 0;
    }

    private void RemoveLocked(string name, long version)
    {
        if (_byName.Remove(name, out var existing))
        {
            Unlink(existing);
        }

        _tombstones[name] = Math.Max(version, _tombstones.GetValueOrDefault(name));

        // Tombstones only need to outlive the watch events older than them; past a bound, keep the newest half.
        if (_tombstones.Count > 50_000)
        {
            var cutoff = _tombstones.Values.Order().ElementAt(_tombstones.Count / 2);
            foreach (var old in _tombstones.Where(t => t.Value < cutoff).Select(t => t.Key).ToList())
            {
                _tombstones.Remove(old);
            }
        }
    }

    private void Unlink(Entry entry)
    {
        Unlink(_byJob, entry.Job.Spec.Job, entry.Job.Name);
        Unlink(_byQueue, entry.Job.Spec.JobQueueName, entry.Job.Name);
        Unlink(_byIdentity, entry.Identity, entry.Job.Name);
        _pending -= entry.Job.Status.State == ProwJobState.Pending ? 1 : 0;
    }

    private static void Link(Dictionary<string, HashSet<string>> index, string? key, string name)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        if (!index.TryGetValue(key, out var names))
        {
            index[key] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(name);
    }

    private static void Unlink(Dictionary<string, HashSet<string>> index, string? key, string name)
    {
        if (!string.IsNullOrEmpty(key) && index.TryGetValue(key, out var names) && names.Remove(name) && names.Count == 0)
        {
            index.Remove(key);
        }
    }

    // Held jobs start in arrival order: creation time, then name.
    private static bool IsOlder(ProwJob other, ProwJob job) =>
        other.Status.StartTime < job.Status.StartTime
        || (other.Status.StartTime == job.Status.StartTime && string.CompareOrdinal(other.Name, job.Name) < 0);

    // Resource versions of both stores (and of the Kubernetes API in practice) are increasing integers; anything
    // else compares as 0, which always applies.
    private static long Version(string? resourceVersion) =>
        long.TryParse(resourceVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;

    private sealed record Entry(ProwJob Job, long Version, string? Identity);
}
