namespace Bowsprit.Crier.GitHub;

/// <summary>
/// One lock per pull request: the failure comment is read, merged and rewritten, so two jobs of the same PR
/// reported at once would otherwise lose each other's rows. Entries go away when nobody holds or waits for them.
/// </summary>
internal sealed class PullRequestLocks
{
    private readonly Dictionary<string, (SemaphoreSlim Lock, int Users)> _locks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken ct)
    {
        SemaphoreSlim semaphore;
        lock (_gate)
        {
            var entry = _locks.TryGetValue(key, out var existing) ? existing : (new SemaphoreSlim(1, 1), 0);
            _locks[key] = (entry.Item1, entry.Item2 + 1);
            semaphore = entry.Item1;
        }

        try
        {
            await semaphore.WaitAsync(ct).ConfigureAwait(false);
        }
        catch
        {
            Leave(key);
            throw;
        }

        return new Releaser(this, key, semaphore);
    }

    private void Leave(string key)
    {
        lock (_gate)
        {
            var (semaphore, users) = _locks[key];
            if (users <= 1)
            {
                _locks.Remove(key);
                semaphore.Dispose();
            }
            else
            {
                _locks[key] = (semaphore, users - 1);
            }
        }
    }

    private sealed class Releaser(PullRequestLocks owner, string key, SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
                owner.Leave(key);
            }
        }
    }
}
