using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Crier;

/// <summary>
/// Prow's crier: lists and watches ProwJobs and hands each change to every reporter's own queue. Restart-safe
/// because what was reported lives on the job (<c>status.prev_report_states</c>), not in this process.
/// </summary>
public sealed partial class CrierController : BackgroundService
{
    private readonly IProwJobStore _store;
    private readonly CrierOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<CrierController> _logger;
    private readonly ProwJobIndex _index;
    private readonly IReadOnlyList<ReporterWorker> _workers;

    public CrierController(IProwJobStore store, ProwJobIndex index, IEnumerable<ReporterRegistration> reporters, CrierOptions options, CrierMetrics metrics, TimeProvider time, ILogger<CrierController> logger)
    {
        _store = store;
        _index = index;
        _options = options;
        _time = time;
        _logger = logger;
        _workers = [.. reporters.Where(static r => r.Workers > 0).Select(r => new ReporterWorker(r, store, options, metrics, time, logger))];
    }

    /// <summary>The reporters this controller feeds, by name.</summary>
    public IReadOnlyList<string> Reporters => [.. _workers.Select(static w => w.Name)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = _workers.Select(w => w.RunAsync(stoppingToken)).ToList();
        string resourceVersion;
        try
        {
            resourceVersion = await ListAndOfferAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        await Task.WhenAll([.. running, WatchAsync(resourceVersion, stoppingToken), ResyncAsync(stoppingToken)]).ConfigureAwait(false);
    }

    private async Task<string> ListAndOfferAsync(CancellationToken ct)
    {
        var jobs = await _store.ListAsync(ProwJobQuery.All, ct).ConfigureAwait(false);
        _index.Reset(jobs);
        foreach (var job in jobs)
        {
            Offer(job);
        }

        return jobs.ResourceVersion;
    }

    private void Offer(ProwJob job)
    {
        foreach (var worker in _workers)
        {
            worker.Offer(job);
        }
    }

    private async Task WatchAsync(string resourceVersion, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await foreach (var change in _store.WatchAsync(resourceVersion, ct).ConfigureAwait(false))
                {
                    resourceVersion = change.Job.Metadata.ResourceVersion ?? resourceVersion;
                    if (change.Type == k8s.WatchEventType.Deleted)
                    {
                        _index.Remove(change.Job.Name);
                        foreach (var worker in _workers)
                        {
                            worker.Forget(change.Job.Name);
                        }
                    }
                    else
                    {
                        _index.Upsert(change.Job);
                        Offer(change.Job);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Expired (ProwJobWatchExpiredException) or broken watch: list again so nothing changed in the gap is missed.
                LogWatchRestart(ex);
                if (!await DelayAsync(TimeSpan.FromSeconds(1), ct).ConfigureAwait(false))
                {
                    return;
                }

                try
                {
                    resourceVersion = await ListAndOfferAsync(ct).ConfigureAwait(false);
                }
                catch (Exception listError) when (listError is not OperationCanceledException)
                {
                    LogWatchRestart(listError);
                }
            }
        }
    }

    private async Task ResyncAsync(CancellationToken ct)
    {
        while (await DelayAsync(_options.ResyncInterval, ct).ConfigureAwait(false))
        {
            try
            {
                await ListAndOfferAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWatchRestart(ex);
            }
        }
    }

    private async Task<bool> DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, _time, ct).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "ProwJob watch ended; listing again")]
    private partial void LogWatchRestart(Exception exception);
}
