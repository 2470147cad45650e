using System.Threading.Channels;

namespace Bowsprit.Core.Controllers;

/// <summary>
/// A queue of keys where a key is never processed by two workers at once and queued at most once: a key added
/// while it is being processed is processed again afterwards, so no change is missed and none is handled twice concurrently.
/// The work queue of every controller (plank, crier): keys are ProwJob names.
/// </summary>
public sealed class KeyedWorkQueue
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>();
    private readonly HashSet<string> _queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _running = new(StringComparer.Ordinal);
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public void Add(string key)
    {
        lock (_gate)
        {
            if (_running.Contains(key))
            {
                _dirty.Add(key);
                return;
            }

            if (_queued.Add(key))
            {
                _channel.Writer.TryWrite(key);
            }
        }
    }

    public async ValueTask<string> TakeAsync(CancellationToken ct)
    {
        var key = await _channel.Reader.ReadAsync(ct).ConfigureAwait(false);
        lock (_gate)
        {
            _queued.Remove(key);
            _running.Add(key);
        }

        return key;
    }

    public void Done(string key)
    {
        lock (_gate)
        {
            _running.Remove(key);
            if (_dirty.Remove(key) && _queued.Add(key))
            {
                _channel.Writer.TryWrite(key);
            }
        }
    }
}
