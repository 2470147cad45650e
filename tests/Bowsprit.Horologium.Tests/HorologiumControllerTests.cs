using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Horologium.Tests;

public sealed class HorologiumControllerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 30, TimeSpan.Zero));
    private readonly InMemoryProwJobStore _store = new();
    private ProwConfig _config = new();

    private HorologiumController NewController() => new(() => _config, _store, _time, NullLogger<HorologiumController>.Instance);

    private static Periodic Job(string name, string? cron = null, string? interval = null, string? minimumInterval = null) => new()
    {
        Name = name,
        Cron = cron,
        Interval = interval,
        MinimumInterval = minimumInterval,
        Schedule = cron is not null ? PeriodicSchedule.ForCron(cron)
            : interval is not null ? PeriodicSchedule.ForInterval(interval)
            : PeriodicSchedule.ForMinimumInterval(minimumInterval!),
    };

    private void Configure(params Periodic[] jobs) => _config = new ProwConfig { Periodics = [.. jobs] };

    private IReadOnlyList<ProwJob> RunsOf(string name) => [.. _store.Snapshot().Where(j => j.Spec.Job == name).OrderBy(j => j.Status.StartTime)];

    /// <summary>Marks every incomplete run finished now, as plank would.</summary>
    private async Task CompleteAllAsync()
    {
        foreach (var job in _store.Snapshot().Where(j => !j.Status.State.IsComplete()))
        {
            job.Status.State = ProwJobState.Success;
            job.Status.CompletionTime = _time.GetUtcNow();
            await _store.UpdateAsync(job, TestContext.Current.CancellationToken);
        }
    }

    private async Task TickEveryMinuteAsync(HorologiumController controller, TimeSpan span, bool completeImmediately)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < span; elapsed += TimeSpan.FromMinutes(1))
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await controller.TickAsync(TestContext.Current.CancellationToken);
            if (completeImmediately)
            {
                await CompleteAllAsync();
            }
        }
    }

    [Fact]
    public async Task Interval_NoPreviousRun_StartsNowWithPeriodicLabels()
    {
        Configure(Job("ci-periodic", interval: "1h"));

        var created = await NewController().TickAsync(TestContext.Current.CancellationToken);

        var job = Assert.Single(created);
        Assert.Equal(ProwJobType.Periodic, job.Spec.Type);
        Assert.Equal("ci-periodic", job.Metadata.Labels[ProwJobLabels.Job]);
        Assert.Equal("periodic", job.Metadata.Labels[ProwJobLabels.Type]);
        Assert.Equal(ProwJobState.Triggered, job.Status.State);
        Assert.Single(_store.Snapshot());
    }

    [Fact]
    public async Task Interval_StartsAgainOnlyAfterIntervalSinceLastStart()
    {
        Configure(Job("p", interval: "1h"));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);
        await CompleteAllAsync();

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(59), completeImmediately: true);
        Assert.Single(RunsOf("p"));

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(1), completeImmediately: true);
        var runs = RunsOf("p");
        Assert.Equal(2, runs.Count);
        Assert.Equal(TimeSpan.FromHours(1), runs[1].Status.StartTime - runs[0].Status.StartTime);
    }

    [Fact]
    public async Task Interval_RunningJobBlocksNextRun()
    {
        Configure(Job("p", interval: "10m"));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(45), completeImmediately: false);
        Assert.Single(RunsOf("p"));

        await CompleteAllAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Single(await controller.TickAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, RunsOf("p").Count);
    }

    [Fact]
    public async Task MinimumInterval_CountsFromCompletionAndWaitsForRunningJob()
    {
        Configure(Job("p", minimumInterval: "30m"));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);

        // Runs for 50 minutes: an interval job would be due again, a minimum_interval job must wait.
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(50), completeImmediately: false);
        await CompleteAllAsync();
        var completedAt = _time.GetUtcNow();

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(29), completeImmediately: false);
        Assert.Single(RunsOf("p"));

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(1), completeImmediately: false);
        var runs = RunsOf("p");
        Assert.Equal(2, runs.Count);
        Assert.Equal(completedAt + TimeSpan.FromMinutes(30), runs[1].Status.StartTime);
    }

    [Fact]
    public async Task Cron_NeverRun_WaitsForNextFireThenStartsOnce()
    {
        // Every 2 hours at minute 5, as many kubevirt periodics are written.
        Configure(Job("kv", cron: "5 */2 * * *"));
        var controller = NewController();

        await controller.TickAsync(TestContext.Current.CancellationToken);
        Assert.Empty(_store.Snapshot());

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(4), completeImmediately: false);
        Assert.Empty(_store.Snapshot());

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(1), completeImmediately: false);
        var run = Assert.Single(RunsOf("kv"));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 5, 30, TimeSpan.Zero), run.Status.StartTime);

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(60), completeImmediately: true);
        Assert.Single(RunsOf("kv"));
    }

    [Fact]
    public async Task Cron_KubevirtDailyExpressions_FireOncePerScheduledTime()
    {
        Configure(Job("nightly", cron: "0 1 * * *"), Job("weekdays", cron: "30 3 * * 1-5"), Job("every", cron: "@every 6h"));
        var controller = NewController();

        // Three days, ticking each minute, runs finishing right away.
        await controller.TickAsync(TestContext.Current.CancellationToken);
        await CompleteAllAsync();
        await TickEveryMinuteAsync(controller, TimeSpan.FromDays(3), completeImmediately: true);

        // Tue 10:00 → Fri 10:00: 01:00 on Wed, Thu, Fri; 03:30 on Wed, Thu, Fri (weekdays).
        Assert.Equal(3, RunsOf("nightly").Count);
        Assert.All(RunsOf("nightly"), r => Assert.Equal((1, 0), (r.Status.StartTime.Hour, r.Status.StartTime.Minute)));
        Assert.Equal(3, RunsOf("weekdays").Count);
        Assert.All(RunsOf("weekdays"), r => Assert.Equal((3, 30), (r.Status.StartTime.Hour, r.Status.StartTime.Minute)));

        // @every fires once on registration, then every 6 hours: 1 + 12.
        Assert.Equal(13, RunsOf("every").Count);
    }

    [Fact]
    public async Task Cron_FireDuringRunningJobIsDropped()
    {
        Configure(Job("kv", cron: "0 * * * *"));
        _time.Advance(TimeSpan.FromMinutes(59));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(1), completeImmediately: false);
        Assert.Single(RunsOf("kv"));

        // Still running at 11:00; completes at 11:20: nothing until the 12:00 fire.
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(80), completeImmediately: false);
        await CompleteAllAsync();
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(39), completeImmediately: false);
        Assert.Single(RunsOf("kv"));

        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(1), completeImmediately: false);
        Assert.Equal(2, RunsOf("kv").Count);
    }

    [Theory]
    [InlineData("0 * * * *", null)]
    [InlineData(null, "1h")]
    public async Task Downtime_YieldsOneCatchUpRunNotABurst(string? cron, string? interval)
    {
        Configure(cron is null ? Job("p", interval: interval) : Job("p", cron: cron));
        _time.Advance(TimeSpan.FromMinutes(59));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(2), completeImmediately: true);
        Assert.Single(RunsOf("p"));

        // Horologium is down for a day; a new process comes up and ticks every minute.
        _time.Advance(TimeSpan.FromDays(1));
        var restarted = NewController();
        await restarted.TickAsync(TestContext.Current.CancellationToken);
        await restarted.TickAsync(TestContext.Current.CancellationToken);
        await TickEveryMinuteAsync(restarted, TimeSpan.FromMinutes(5), completeImmediately: false);

        Assert.Equal(2, RunsOf("p").Count);
    }

    [Fact]
    public async Task ConfigReload_RemovedJobIsNotStartedAndAddedJobIs()
    {
        Configure(Job("old", interval: "10m"));
        var controller = NewController();
        await controller.TickAsync(TestContext.Current.CancellationToken);
        await CompleteAllAsync();

        Configure(Job("new", interval: "10m"));
        await TickEveryMinuteAsync(controller, TimeSpan.FromMinutes(30), completeImmediately: true);

        Assert.Single(RunsOf("old"));
        Assert.Equal(3, RunsOf("new").Count);
    }

    [Fact]
    public async Task LatestRun_IsNewestByStartTime()
    {
        Configure(Job("p", interval: "1h"));
        var factory = new Bowsprit.Core.ProwJobs.ProwJobFactory(_time);
        var periodic = _config.AllPeriodics[0];

        // An old finished run and a recent one still running: the recent one decides, so nothing starts.
        var old = factory.NewPeriodic(periodic);
        old.Status.StartTime = _time.GetUtcNow() - TimeSpan.FromHours(5);
        old.Status.State = ProwJobState.Success;
        old.Status.CompletionTime = old.Status.StartTime + TimeSpan.FromMinutes(1);
        var running = factory.NewPeriodic(periodic);
        running.Status.StartTime = _time.GetUtcNow() - TimeSpan.FromHours(2);
        running.Status.State = ProwJobState.Pending;
        await _store.CreateAsync(running, TestContext.Current.CancellationToken);
        await _store.CreateAsync(old, TestContext.Current.CancellationToken);

        Assert.Empty(await NewController().TickAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task OtherJobTypesWithTheSameName_DoNotBlock()
    {
        Configure(Job("p", interval: "1h"));
        var running = new Bowsprit.Core.ProwJobs.ProwJobFactory(_time).Create(new ProwJobSpec { Type = ProwJobType.Presubmit, Job = "p" });
        running.Status.State = ProwJobState.Pending;
        await _store.CreateAsync(running, TestContext.Current.CancellationToken);

        Assert.Single(await NewController().TickAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExecuteAsync_TicksOnTheConfiguredInterval()
    {
        Configure(Job("p", interval: "1m"));
        _config.Horologium.TickInterval = TimeSpan.FromMinutes(1);
        using var controller = NewController();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await controller.StartAsync(cts.Token);
        await WaitForAsync(() => RunsOf("p").Count == 1);
        await CompleteAllAsync();

        // The loop's delay counts on the fake clock only once registered, which may be after a first advance
        // on a slow machine: keep advancing a minute at a time (the open second run blocks any third).
        for (var i = 0; i < 100 && RunsOf("p").Count < 2; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, RunsOf("p").Count);
        await controller.StopAsync(TestContext.Current.CancellationToken);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.True(condition());
    }
}
