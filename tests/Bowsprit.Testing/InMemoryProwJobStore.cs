using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Testing;

/// <summary>An <see cref="IProwJobStore"/> in memory, with the same resource-version rules as the real stores.</summary>
public sealed class InMemoryProwJobStore : IProwJobStore
{
    private readonly Dictionary<string, ProwJob> _jobs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
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

            var stored = job.DeepCopy();
            stored.Metadata.ResourceVersion = (++_version).ToString(CultureInfo.InvariantCulture);
            _jobs[job.Name] = stored;
            return Task.FromResult(stored.DeepCopy());
        }
    }

    public Task<ProwJob?> GetAsync(string name, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_jobs.TryGetValue(name, out var job) ? job.DeepCopy() : null);
        }
    }

    public Task<IReadOnlyList<ProwJob>> ListAsync(ProwJobQuery query, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ProwJob>>([.. _jobs.Values.Where(query.Matches).Select(static j => j.DeepCopy())]);
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

            var stored = job.DeepCopy();
            stored.Metadata.ResourceVersion = (++_version).ToString(CultureInfo.InvariantCulture);
            _jobs[job.Name] = stored;
            return Task.FromResult(stored.DeepCopy());
        }
    }
}
