using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Testing;

namespace Bowsprit.Plank.Tests;

/// <summary>An in-memory store where another writer changes the job just before the controller's next write, so that write conflicts.</summary>
internal sealed class InterferingStore : IProwJobStore
{
    private readonly InMemoryProwJobStore _inner = new();
    private int _conflicts;

    public bool InterfereNext { get; set; }

    public int Conflicts => Volatile.Read(ref _conflicts);

    public async Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct)
    {
        if (InterfereNext)
        {
            InterfereNext = false;
            var current = (await _inner.GetAsync(job.Name, ct))!;
            current.Metadata.Labels ??= new Dictionary<string, string>();
            current.Metadata.Labels["touched"] = "yes";
            await _inner.UpdateAsync(current, ct);
            try
            {
                return await _inner.UpdateAsync(job, ct);
            }
            catch (ProwJobConflictException)
            {
                Interlocked.Increment(ref _conflicts);
                throw;
            }
        }

        return await _inner.UpdateAsync(job, ct);
    }

    public Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct) => _inner.CreateAsync(job, ct);

    public Task<ProwJob?> GetAsync(string name, CancellationToken ct) => _inner.GetAsync(name, ct);

    public Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct) => _inner.ListAsync(query, ct);

    public Task<bool> DeleteAsync(string name, CancellationToken ct) => _inner.DeleteAsync(name, ct);

    public IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, CancellationToken ct) => _inner.WatchAsync(resourceVersion, ct);
}
