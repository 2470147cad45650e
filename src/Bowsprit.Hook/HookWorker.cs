using System.Text.Json;
using Bowsprit.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hook;

/// <summary>
/// Processes the inbox: everything pending at start (deliveries a crash left behind) and every new delivery,
/// with bounded concurrency, in arrival order per pull request or repository. A delivery is marked done only
/// after all plugins ran, so a crash means it runs again rather than never.
/// </summary>
/// <remarks>
/// New deliveries are handed over in memory by the endpoint right after they are committed; the inbox is read
/// only at start, after a replay and every poll interval, so a burst of webhooks never turns into a burst of
/// queries. A poll can read a delivery as pending just before it completes; <see cref="_completedDuringPoll"/>
/// keeps such a delivery from running twice.
/// </remarks>
public sealed partial class HookWorker(SqliteWebhookInbox inbox, DeliveryProcessor processor, HookOptions options, HookMetrics metrics, TimeProvider time, ILogger<HookWorker> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Concurrency));
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scheduled = new(StringComparer.Ordinal);
    private readonly HashSet<string> _completedDuringPoll = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private bool _polling;
    private CancellationToken _stopping;
    private DateTimeOffset _lastPrune = DateTimeOffset.MinValue;

    /// <summary>Deliveries were marked pending in the inbox (a replay): read it now rather than at the next poll.</summary>
    public void Poke() => _wake.Release();

    /// <summary>Processes a delivery that was just committed to the inbox.</summary>
    public void Enqueue(InboxDelivery delivery) => Schedule(delivery, fromPoll: false, _stopping);

    /// <summary>Completes when every scheduled delivery has been processed (for tests and graceful shutdown).</summary>
    public Task DrainAsync()
    {
        lock (_gate)
        {
            return Task.WhenAll(_tails.Values);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(stoppingToken);
                await PruneAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPollFailed(logger, e);
            }

            try
            {
                await _wake.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        await DrainAsync();
    }

    private async Task PollAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            _polling = true;
            _completedDuringPoll.Clear();
        }

        try
        {
            var pending = await inbox.PendingAsync(500, ct);
            metrics.InboxPending.Set(pending.Count);
            foreach (var delivery in pending)
            {
                Schedule(delivery, fromPoll: true, ct);
            }
        }
        finally
        {
            lock (_gate)
            {
                _polling = false;
                _completedDuringPoll.Clear();
            }
        }
    }

    private async Task PruneAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (now - _lastPrune < TimeSpan.FromMinutes(10))
        {
            return;
        }

        _lastPrune = now;
        var pruned = await inbox.PruneAsync(now - options.Retention, ct);
        if (pruned > 0)
        {
            LogPruned(logger, pruned, options.Retention);
        }
    }

    private void Schedule(InboxDelivery delivery, bool fromPoll, CancellationToken ct)
    {
        lock (_gate)
        {
            if ((fromPoll && _completedDuringPoll.Contains(delivery.Guid)) || !_scheduled.Add(delivery.Guid))
            {
                return;
            }

            var key = delivery.OrderingKey;
            var previous = _tails.GetValueOrDefault(key, Task.CompletedTask);
            var next = RunAfterAsync(previous, delivery, ct);
            _tails[key] = next;

            // Forget a key's chain once its last delivery is done, so idle keys cost nothing.
            next.ContinueWith(done =>
            {
                lock (_gate)
                {
                    if (_tails.TryGetValue(key, out var tail) && tail == done)
                    {
                        _tails.Remove(key);
                    }
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task RunAfterAsync(Task previous, InboxDelivery delivery, CancellationToken ct)
    {
        await previous.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        await _slots.WaitAsync(ct);
        string? error = null;
        try
        {
            error = await processor.ProcessAsync(delivery, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = e.Message;
            LogProcessingFailed(logger, delivery.Event, delivery.Guid, e);
        }
        finally
        {
            _slots.Release();
        }

        try
        {
            await inbox.CompleteAsync(delivery.Guid, error, CancellationToken.None);
            metrics.DeliveryLatency.Observe((time.GetUtcNow() - delivery.ReceivedAt).TotalSeconds);
        }
        catch (Exception e) when (e is InvalidOperationException or JsonException or Microsoft.Data.Sqlite.SqliteException)
        {
            LogCompleteFailed(logger, delivery.Guid, e);
        }
        finally
        {
            lock (_gate)
            {
                _scheduled.Remove(delivery.Guid);
                if (_polling)
                {
                    _completedDuringPoll.Add(delivery.Guid);
                }
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} processed deliveries older than {Retention}")]
    private static partial void LogPruned(ILogger logger, int count, TimeSpan retention);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the inbox failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {Event} delivery {Delivery} failed")]
    private static partial void LogProcessingFailed(ILogger logger, string @event, string delivery, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marking delivery {Delivery} done failed; it will run again")]
    private static partial void LogCompleteFailed(ILogger logger, string delivery, Exception exception);
}
