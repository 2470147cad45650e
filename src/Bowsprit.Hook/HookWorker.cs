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
public sealed partial class HookWorker(SqliteWebhookInbox inbox, DeliveryProcessor processor, HookOptions options, HookMetrics metrics, TimeProvider time, ILogger<HookWorker> logger)
    : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Concurrency));
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scheduled = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Something new is in the inbox.</summary>
    public void Poke() => _wake.Release();

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
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var pending = await inbox.PendingAsync(500, stoppingToken);
                metrics.InboxPending.Set(pending.Count);
                foreach (var delivery in pending)
                {
                    Schedule(delivery, stoppingToken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPollFailed(logger, e);
            }

            // Woken by new deliveries; the timeout picks up deliveries marked pending by a replay elsewhere.
            await _wake.WaitAsync(options.PollInterval, stoppingToken);
        }

        await DrainAsync();
    }

    private void Schedule(InboxDelivery delivery, CancellationToken ct)
    {
        lock (_gate)
        {
            if (!_scheduled.Add(delivery.Guid))
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
            }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        _slots.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the inbox failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing {Event} delivery {Delivery} failed")]
    private static partial void LogProcessingFailed(ILogger logger, string @event, string delivery, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Marking delivery {Delivery} done failed; it will run again")]
    private static partial void LogCompleteFailed(ILogger logger, string delivery, Exception exception);
}
