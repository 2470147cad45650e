using System.Collections.Concurrent;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Benchmarks;

/// <summary>Wraps a store and completes a waiter when a job for a given base SHA is created (to time POST → ProwJob).</summary>
internal sealed class CountingProwJobStore(IProwJobStore inner) : IProwJobStore
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);

    private int _created;

    public int Created => _created;

    public Task WaitForAsync(string baseSha) => _waiters.GetOrAdd(baseSha, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct)
    {
        var created = await inner.CreateAsync(job, ct);
        Interlocked.Increment(ref _created);
        if (job.Spec.Refs?.BaseSha is { } sha)
        {
            _waiters.GetOrAdd(sha, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        }

        return created;
    }

    public Task<ProwJob?> GetAsync(string name, CancellationToken ct) => inner.GetAsync(name, ct);

    public Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct) => inner.ListAsync(query, ct);

    public Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct) => inner.UpdateAsync(job, ct);

    public Task<bool> DeleteAsync(string name, CancellationToken ct) => inner.DeleteAsync(name, ct);

    public IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, CancellationToken ct) => inner.WatchAsync(resourceVersion, ct);
}
