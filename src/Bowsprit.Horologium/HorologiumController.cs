using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.ProwJobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Horologium;

/// <summary>
/// Starts periodic jobs. Each tick reads the current config and the periodic ProwJobs in the store and decides
/// per job from its newest run alone, so a restart or a long outage yields at most one catch-up run per job,
/// never a burst, and a job still running is never started twice.
/// </summary>
public sealed partial class HorologiumController(
    Func<ProwConfig> config, IProwJobStore store, TimeProvider time, ILogger<HorologiumController> logger)
    : BackgroundService
{
    private readonly ProwJobFactory _factory = new(time);

    // Cron jobs that have never run wait for their next fire after horologium first saw them, as Prow's cron
    // registration does; only the moment of first sight needs remembering, the rest comes from the store.
    private readonly Dictionary<string, DateTimeOffset> _firstSeen = new(StringComparer.Ordinal);

    /// <summary>One pass over every periodic; returns the ProwJobs it created.</summary>
    public async Task<IReadOnlyList<ProwJob>> TickAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var periodics = config().AllPeriodics;
        var existing = await store.ListAsync(new ProwJobQuery { Type = ProwJobType.Periodic }, ct);
        var latest = LatestByJob(existing);

        foreach (var gone in _firstSeen.Keys.Where(name => !periodics.Any(p => p.Name == name)).ToList())
        {
            _firstSeen.Remove(gone);
        }

        var created = new List<ProwJob>();
        foreach (var periodic in periodics)
        {
            latest.TryGetValue(periodic.Name, out var last);
            if (!IsDue(periodic, last, now))
            {
                continue;
            }

            try
            {
                var job = await store.CreateAsync(_factory.NewPeriodic(periodic), ct);
                created.Add(job);
                LogStarted(logger, periodic.Name, job.Name);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One job's failure must not starve the others; the next tick tries again.
                LogStartFailed(logger, periodic.Name, e.Message, e);
            }
        }

        return created;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TickAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogTickFailed(logger, e.Message, e);
            }

            // Re-read each round so a config reload changes the tick interval without a restart.
            await Task.Delay(config().Horologium.EffectiveTickInterval, time, stoppingToken);
        }
    }

    private bool IsDue(Periodic periodic, ProwJob? last, DateTimeOffset now)
    {
        if (last is not null && !last.Status.State.IsComplete())
        {
            return false;
        }

        var schedule = ScheduleOf(periodic);
        if (schedule is null)
        {
            return false;
        }

        switch (schedule.Kind)
        {
            case PeriodicScheduleKind.Interval:
                return last is null || now - last.Status.StartTime >= schedule.Interval;
            case PeriodicScheduleKind.MinimumInterval:
                return last is null || now - (last.Status.CompletionTime ?? last.Status.StartTime) >= schedule.Interval;
            default:
                if (last is null)
                {
                    if (schedule.IsEvery)
                    {
                        return true;
                    }

                    if (!_firstSeen.TryGetValue(periodic.Name, out var seen))
                    {
                        _firstSeen[periodic.Name] = now;
                        return false;
                    }

                    return schedule.NextCronFire(seen) <= now;
                }

                // Counting fires from the completion drops those that happened while the last run was still
                // going, as Prow does, and collapses any number of fires missed during downtime into one run.
                var since = last.Status.CompletionTime ?? last.Status.StartTime;
                return schedule.NextCronFire(since < last.Status.StartTime ? last.Status.StartTime : since) <= now;
        }
    }

    /// <summary>The loader parses schedules; jobs built in code may carry only the raw fields.</summary>
    private static PeriodicSchedule? ScheduleOf(Periodic periodic)
    {
        if (periodic.Schedule is not null)
        {
            return periodic.Schedule;
        }

        try
        {
            return !string.IsNullOrEmpty(periodic.Cron) ? PeriodicSchedule.ForCron(periodic.Cron)
                : !string.IsNullOrEmpty(periodic.Interval) ? PeriodicSchedule.ForInterval(periodic.Interval)
                : !string.IsNullOrEmpty(periodic.MinimumInterval) ? PeriodicSchedule.ForMinimumInterval(periodic.MinimumInterval)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Dictionary<string, ProwJob> LatestByJob(IEnumerable<ProwJob> jobs)
    {
        var latest = new Dictionary<string, ProwJob>(StringComparer.Ordinal);
        foreach (var job in jobs)
        {
            if (job.Spec.Job is not { } name)
            {
                continue;
            }

            if (!latest.TryGetValue(name, out var current) || job.Status.StartTime > current.Status.StartTime)
            {
                latest[name] = job;
            }
        }

        return latest;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Started periodic {Job} as ProwJob {Name}")]
    private static partial void LogStarted(ILogger logger, string job, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not start periodic {Job}: {Reason}")]
    private static partial void LogStartFailed(ILogger logger, string job, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Horologium tick failed: {Reason}")]
    private static partial void LogTickFailed(ILogger logger, string reason, Exception exception);
}
