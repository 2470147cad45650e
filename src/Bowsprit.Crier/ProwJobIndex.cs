using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.Crier;

/// <summary>
/// A small in-memory view of every ProwJob's identity and state, fed by crier's list and watch (the role of
/// Prow's informer cache). Reporters ask it "which other runs target this PR or commit" without listing the
/// store, which for an embedded store means reading every job.
/// </summary>
public sealed class ProwJobIndex
{
    private readonly Dictionary<string, (JobSummary Summary, string Target)> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byTarget = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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

    /// <summary>Replaces everything with a fresh list, so jobs deleted while a watch was down disappear.</summary>
    public void Reset(IEnumerable<ProwJob> jobs)
    {
        lock (_gate)
        {
            _byName.Clear();
            _byTarget.Clear();
            foreach (var job in jobs)
            {
                Add(job);
            }
        }
    }

    public void Upsert(ProwJob job)
    {
        lock (_gate)
        {
            RemoveLocked(job.Name);
            Add(job);
        }
    }

    public void Remove(string name)
    {
        lock (_gate)
        {
            RemoveLocked(name);
        }
    }

    /// <summary>Runs of the same type, repository and target as <paramref name="job"/> (the PR for presubmits, else the base SHA), itself included.</summary>
    public IReadOnlyList<JobSummary> SameTarget(ProwJob job)
    {
        var target = TargetOf(job);
        lock (_gate)
        {
            return _byTarget.TryGetValue(target, out var names) ? [.. names.Select(n => _byName[n].Summary)] : [];
        }
    }

    private void Add(ProwJob job)
    {
        var target = TargetOf(job);
        _byName[job.Name] = (new JobSummary(job.Name, job.Spec.Job, job.Spec.Context, job.Spec.Report, job.Status.StartTime, job.Status.State), target);
        if (!_byTarget.TryGetValue(target, out var names))
        {
            _byTarget[target] = names = new HashSet<string>(StringComparer.Ordinal);
        }

        names.Add(job.Name);
    }

    private void RemoveLocked(string name)
    {
        if (_byName.Remove(name, out var old) && _byTarget.TryGetValue(old.Target, out var names))
        {
            names.Remove(name);
            if (names.Count == 0)
            {
                _byTarget.Remove(old.Target);
            }
        }
    }

    private static string TargetOf(ProwJob job)
    {
        var refs = job.Spec.Refs;
        var where = job.Spec.Type == ProwJobType.Presubmit && refs?.Pulls is { Count: 1 } pulls
            ? "#" + pulls[0].Number.ToString(CultureInfo.InvariantCulture)
            : "@" + refs?.BaseSha;
        return $"{job.Spec.Type.ToWire()} {refs?.Org}/{refs?.Repo} {where}";
    }
}

/// <summary>What <see cref="ProwJobIndex"/> keeps per job.</summary>
public sealed record JobSummary(string Name, string? Job, string? Context, bool Report, DateTimeOffset StartTime, ProwJobState State);
