using System.Threading.Channels;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using k8s;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Deck.Index;

/// <summary>
/// Deck's informer cache: lists every ProwJob once, then follows the store's watch (listing again when the
/// watch expires or breaks), and publishes an immutable <see cref="JobIndexSnapshot"/> after each burst of
/// changes. Pages read the snapshot and never touch the store, on either backend.
/// </summary>
public sealed partial class JobIndex(IProwJobStore store, DeckOptions options, TimeProvider time, ILogger<JobIndex> logger) : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Dictionary<string, DeckJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _published = new(0);
    private JobIndexSnapshot _snapshot = JobIndexSnapshot.Empty;
    private long _version;

    /// <summary>The latest published view; empty until the first list completes.</summary>
    public JobIndexSnapshot Snapshot => Volatile.Read(ref _snapshot);

    /// <summary>Completes when the first full list is published.</summary>
    public Task Ready => _ready.Task;

    /// <summary>Waits (up to <paramref name="timeout"/>) for the first snapshot; pages show what there is after that.</summary>
    public async Task<JobIndexSnapshot> CurrentAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (!_ready.Task.IsCompleted)
        {
            await Task.WhenAny(_ready.Task, Task.Delay(timeout, time, ct));
        }

        return Snapshot;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var feed = FeedAsync(stoppingToken);
        var warm = options.PrecomputeJson ? Task.Run(() => WarmAsync(stoppingToken), CancellationToken.None) : Task.CompletedTask;
        try
        {
            await ApplyAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await feed;
        await warm;
    }

    /// <summary>Single consumer: applies changes in order and publishes at most once per refresh delay.</summary>
    private async Task ApplyAsync(CancellationToken ct)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(ct))
        {
            if (_ready.Task.IsCompleted && options.IndexRefreshDelay > TimeSpan.Zero)
            {
                await Task.Delay(options.IndexRefreshDelay, time, ct);
            }

            var changed = false;
            while (reader.TryRead(out var change))
            {
                changed = true;
                if (change.Reset is { } all)
                {
                    _jobs.Clear();
                    foreach (var job in all)
                    {
                        _jobs[job.Name] = new DeckJob(job);
                    }
                }
                else if (change.Event is { } e)
                {
                    if (e.Type == WatchEventType.Deleted)
                    {
                        _jobs.Remove(e.Job.Name);
                    }
                    else
                    {
                        _jobs[e.Job.Name] = new DeckJob(e.Job);
                    }
                }
            }

            if (changed)
            {
                Volatile.Write(ref _snapshot, new JobIndexSnapshot(_jobs.Values, ++_version));
                _ready.TrySetResult();
                if (_published.CurrentCount == 0)
                {
                    _published.Release();
                }
            }
        }
    }

    /// <summary>Serializes the JSON of jobs that have none yet (new or changed ones), newest first, off the request path.</summary>
    private async Task WarmAsync(CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await _published.WaitAsync(ct);
                foreach (var job in Snapshot.Jobs)
                {
                    ct.ThrowIfCancellationRequested();
                    if (!job.HasJson)
                    {
                        _ = job.Json(ProwJobOmit.None);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Single producer: list, watch from the list's version, list again whenever the watch ends badly.</summary>
    private async Task FeedAsync(CancellationToken ct)
    {
        var writer = _changes.Writer;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                var listed = await store.ListAsync(ProwJobQuery.All, ct);
                await writer.WriteAsync(new Change(null, listed), ct);
                var resourceVersion = listed.ResourceVersion;
                await foreach (var change in store.WatchAsync(resourceVersion, ct))
                {
                    await writer.WriteAsync(new Change(change, null), ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                LogWatchRestart(logger, e);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }

        writer.TryComplete();
    }

    private sealed record Change(ProwJobWatchEvent? Event, IReadOnlyList<ProwJob>? Reset);

    [LoggerMessage(Level = LogLevel.Information, Message = "ProwJob watch ended; listing again")]
    private static partial void LogWatchRestart(ILogger logger, Exception exception);
}
