using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Bowsprit.Core.Runtime;

namespace Bowsprit.LocalRuntime;

/// <summary>Fans each run change out to every watcher; a slow watcher buffers, it never blocks a run.</summary>
internal sealed class RunEventHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<JobRun>> _watchers = [];

    public void Publish(JobRun run)
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(run);
            }
        }
    }

    public async IAsyncEnumerable<JobRun> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<JobRun>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        try
        {
            while (await channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var run))
                {
                    yield return run;
                }
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }
}
