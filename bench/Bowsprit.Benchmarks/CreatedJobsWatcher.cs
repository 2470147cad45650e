using System.Collections.Concurrent;
using Bowsprit.Core.ProwJobs;
using k8s;

namespace Bowsprit.Benchmarks;

/// <summary>
/// Watches the store (as every consumer of ProwJobs does) and completes a waiter when a job for a given base
/// SHA is created, to time POST → ProwJob.
/// </summary>
internal sealed class CreatedJobsWatcher : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiters = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _watching;
    private int _created;

    public CreatedJobsWatcher(IProwJobStore store, string fromVersion) => _watching = WatchAsync(store, fromVersion);

    public int Created => Volatile.Read(ref _created);

    public Task WaitForAsync(string baseSha) => Waiter(baseSha).Task;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _watching;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task WatchAsync(IProwJobStore store, string fromVersion)
    {
        await foreach (var change in store.WatchAsync(fromVersion, _stop.Token))
        {
            if (change.Type != WatchEventType.Added)
            {
                continue;
            }

            Interlocked.Increment(ref _created);
            if (change.Job.Spec.Refs?.BaseSha is { } sha)
            {
                Waiter(sha).TrySetResult();
            }
        }
    }

    private TaskCompletionSource Waiter(string sha) =>
        _waiters.GetOrAdd(sha, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
