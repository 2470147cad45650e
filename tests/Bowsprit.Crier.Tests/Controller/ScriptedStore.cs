using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Testing;

namespace Bowsprit.Crier.Tests.Controller;

/// <summary>An in-memory store that can expire its first watch or fail the next writes, as a real API server sometimes does.</summary>
internal sealed class ScriptedStore : IProwJobStore
{
    private readonly InMemoryProwJobStore _inner = new();
    private int _lists;
    private int _watchesToExpire;
    private int _failingUpdates;

    public int Lists => Volatile.Read(ref _lists);

    public void ExpireWatches(int count) => Volatile.Write(ref _watchesToExpire, count);

    public void FailUpdates(int count) => Volatile.Write(ref _failingUpdates, count);

    public async IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        if (Interlocked.Decrement(ref _watchesToExpire) >= 0)
        {
            throw new ProwJobWatchExpiredException($"too old resource version: {resourceVersion}");
        }

        await foreach (var change in _inner.WatchAsync(resourceVersion, ct))
        {
            yield return change;
        }
    }

    public Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct) =>
        Interlocked.Decrement(ref _failingUpdates) >= 0 ? throw new IOException("store unavailable") : _inner.UpdateAsync(job, ct);

    public Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct)
    {
        if (query == ProwJobQuery.All)
        {
            Interlocked.Increment(ref _lists);
        }

        return _inner.ListAsync(query, ct);
    }

    public Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct) => _inner.CreateAsync(job, ct);

    public Task<ProwJob?> GetAsync(string name, CancellationToken ct) => _inner.GetAsync(name, ct);

    public Task<bool> DeleteAsync(string name, CancellationToken ct) => _inner.DeleteAsync(name, ct);
}
