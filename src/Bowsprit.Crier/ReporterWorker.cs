using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Controllers;
using Microsoft.Extensions.Logging;
using Polly;

namespace Bowsprit.Crier;

/// <summary>
/// One reporter's work queue and workers. A job is reported when its state differs from what
/// <c>status.prev_report_states</c> says this reporter last reported; the record is written only after the
/// report succeeded, so a crash in between reports again (at least once) rather than never.
/// </summary>
internal sealed partial class ReporterWorker
{
    private readonly ReporterRegistration _registration;
    private readonly IProwJobStore _store;
    private readonly CrierOptions _options;
    private readonly CrierMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly KeyedWorkQueue _queue = new();

    // Per job: failed attempts of the current state, and states given up on after permanent errors.
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ProwJobState> _givenUp = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public ReporterWorker(ReporterRegistration registration, IProwJobStore store, CrierOptions options, CrierMetrics metrics, TimeProvider time, ILogger logger)
    {
        _registration = registration;
        _store = store;
        _options = options;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _pipeline = ReportPipeline.Create(options.Retry, time, (error, delay) =>
        {
            metrics.Retries.WithLabels(Name).Inc();
            LogRetry(Name, delay, error.Message);
        });
    }

    public string Name => _registration.Reporter.Name;

    /// <summary>Queues the job if its current state still needs reporting here.</summary>
    public void Offer(ProwJob job)
    {
        if (NeedsReport(job))
        {
            _queue.Add(job.Name);
        }
    }

    /// <summary>Drops what this worker remembers about a deleted job.</summary>
    public void Forget(string name)
    {
        lock (_gate)
        {
            _failures.Remove(name);
            _givenUp.Remove(name);
        }
    }

    public Task RunAsync(CancellationToken ct) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, _registration.Workers)).Select(_ => WorkAsync(ct)));

    private async Task WorkAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            string name;
            try
            {
                name = await _queue.TakeAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            try
            {
                await ProcessAsync(name, ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Reading or recording failed (store trouble): look again shortly.
                LogProcessFailed(Name, name, ex);
                RequeueAfter(name, _options.Retry.BaseDelay, ct);
            }
            finally
            {
                _queue.Done(name);
            }
        }
    }

    internal async Task ProcessAsync(string name, CancellationToken ct)
    {
        var job = await _store.GetAsync(name, ct).ConfigureAwait(false);
        if (job is null || !NeedsReport(job))
        {
            return;
        }

        try
        {
            await _pipeline.ExecuteAsync(static async (state, token) => await state.Reporter.ReportAsync(state.Job, token).ConfigureAwait(false),
                (_registration.Reporter, Job: job), ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            _metrics.CountResult(Name, CrierMetrics.Error);
            OnFailure(job, ex, ct);
            return;
        }

        _metrics.CountResult(Name, CrierMetrics.Success);
        if (job.Status.CompletionTime is { } completed)
        {
            _metrics.Latency.WithLabels(Name).Observe(Math.Max(0, (_time.GetUtcNow() - completed).TotalSeconds));
        }

        LogReported(Name, name, job.Status.State);
        await RecordAsync(job, ct).ConfigureAwait(false);
        lock (_gate)
        {
            _failures.Remove(name);
            _givenUp.Remove(name);
        }
    }

    private bool NeedsReport(ProwJob job)
    {
        if (job.Status.PrevReportStates is { } previous && previous.TryGetValue(Name, out var reported) && reported == job.Status.State)
        {
            return false;
        }

        lock (_gate)
        {
            if (_givenUp.TryGetValue(job.Name, out var abandoned) && abandoned == job.Status.State)
            {
                return false;
            }
        }

        return IsEnabled(job) && _registration.Reporter.ShouldReport(job);
    }

    // Prow's enablement check: a job without refs is always handled; otherwise any enabled ref will do.
    private bool IsEnabled(ProwJob job)
    {
        var refs = (job.Spec.ExtraRefs ?? []).AsEnumerable();
        if (job.Spec.Refs is { } main)
        {
            refs = refs.Append(main);
        }

        var all = refs.ToList();
        return all.Count == 0 || all.Any(r => _options.IsRepoEnabled(r.Org, r.Repo));
    }

    private void OnFailure(ProwJob job, Exception error, CancellationToken ct)
    {
        int failures;
        lock (_gate)
        {
            failures = _failures[job.Name] = _failures.GetValueOrDefault(job.Name) + 1;
        }

        if (!ReportErrors.IsTransient(error) && failures >= _options.Retry.PermanentFailureAttempts)
        {
            lock (_gate)
            {
                _failures.Remove(job.Name);
                _givenUp[job.Name] = job.Status.State;
            }

            LogGaveUp(Name, job.Name, job.Status.State, failures, error);
            return;
        }

        var delay = ReportPipeline.RequeueDelay(_options.Retry, failures, error);
        LogRequeue(Name, job.Name, delay, error.Message);
        RequeueAfter(job.Name, delay, ct);
    }

    private void RequeueAfter(string name, TimeSpan delay, CancellationToken ct) =>
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(delay, _time, ct).ConfigureAwait(false);
                _queue.Add(name);
            }
            catch (OperationCanceledException)
            {
            }
        }, CancellationToken.None);

    /// <summary>Writes <c>prev_report_states[reporter] = reported state</c>, re-reading on each lost race.</summary>
    private async Task RecordAsync(ProwJob reported, CancellationToken ct)
    {
        var state = reported.Status.State;
        var current = reported;
        for (var attempt = 0; ; attempt++)
        {
            if (current.Status.PrevReportStates is { } previous && previous.TryGetValue(Name, out var recorded) && recorded == state)
            {
                return;
            }

            var updated = current.DeepCopy();
            updated.Status.PrevReportStates ??= [];
            updated.Status.PrevReportStates[Name] = state;
            try
            {
                await _store.UpdateAsync(updated, ct).ConfigureAwait(false);
                return;
            }
            catch (ProwJobConflictException) when (attempt < _options.ConflictRetries)
            {
                var fresh = await _store.GetAsync(reported.Name, ct).ConfigureAwait(false);
                if (fresh is null)
                {
                    return;
                }

                current = fresh;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Reporter}: reported job {Job} as {State}")]
    private partial void LogReported(string reporter, string job, ProwJobState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reporter}: retrying a report in {Delay}: {Reason}")]
    private partial void LogRetry(string reporter, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reporter}: reporting job {Job} failed; trying again in {Delay}: {Reason}")]
    private partial void LogRequeue(string reporter, string job, TimeSpan delay, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Reporter}: giving up reporting job {Job} as {State} after {Attempts} failures")]
    private partial void LogGaveUp(string reporter, string job, ProwJobState state, int attempts, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Reporter}: handling job {Job} failed; retrying")]
    private partial void LogProcessFailed(string reporter, string job, Exception exception);
}
