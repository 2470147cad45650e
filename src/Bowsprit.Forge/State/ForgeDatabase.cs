using Bowsprit.Forge.Webhooks;

namespace Bowsprit.Forge.State;

/// <summary>
/// Serializes access to the forge state. A write runs its mutation under the lock, persists what it touched
/// and only then queues the webhooks it produced, so no event announces a change a crash could lose.
/// </summary>
public sealed class ForgeDatabase(ForgeState state, ForgeStore store, WebhookQueue webhooks, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public ForgeStore Store => store;

    public TimeProvider Time => time;

    public async Task<T> ReadAsync<T>(Func<ForgeState, T> read, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return read(state);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/>; it must validate before it mutates (a thrown
    /// <see cref="Api.ForgeApiException"/> leaves nothing half-done).
    /// </summary>
    public async Task<T> WriteAsync<T>(Func<ForgeState, ForgeChanges, T> write, CancellationToken ct)
    {
        var changes = new ForgeChanges();
        T result;
        await _gate.WaitAsync(ct);
        try
        {
            result = write(state, changes);
            await store.SaveAsync(state, changes, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }

        foreach (var webhook in changes.Webhooks)
        {
            webhooks.Enqueue(webhook);
        }

        return result;
    }

    public void Dispose() => _gate.Dispose();

    public Task WriteAsync(Action<ForgeState, ForgeChanges> write, CancellationToken ct) =>
        WriteAsync<bool>((s, c) =>
        {
            write(s, c);
            return true;
        }, ct);
}
