using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Sinker.Tests;

public sealed class SinkerControllerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly InMemoryProwJobStore _store = new();
    private readonly SinkerTestRuntime _runtime = new();
    private ProwConfig _config = new() { Periodics = [new Periodic { Name = "nightly", Interval = "24h" }] };

    private SinkerController NewController() => new(() => _config, _store, _runtime, _time, NullLogger<SinkerController>.Instance);

    private async Task<ProwJob> AddJobAsync(string name, ProwJobType type, string job, TimeSpan startedAgo, TimeSpan? completedAgo, string? cluster = null)
    {
        var pj = new ProwJobFactory(_time).Create(new ProwJobSpec { Type = type, Job = job, Cluster = cluster });
        pj.Metadata.Name = name;
        pj.Status.StartTime = Now - startedAgo;
        pj.Status.State = completedAgo is null ? ProwJobState.Pending : ProwJobState.Success;
        pj.Status.CompletionTime = completedAgo is null ? null : Now - completedAgo;
        return await _store.CreateAsync(pj, TestContext.Current.CancellationToken);
    }

    private IEnumerable<string> StoredNames => _store.Snapshot().Select(static j => j.Name).Order(StringComparer.Ordinal);

    [Fact]
    public async Task ProwJobs_CompletedAndOlderThanMaxAgeAreDeleted_IncompleteAndRecentKept()
    {
        await AddJobAsync("old-done", ProwJobType.Presubmit, "unit", TimeSpan.FromDays(8), TimeSpan.FromDays(8));
        await AddJobAsync("old-running", ProwJobType.Presubmit, "unit", TimeSpan.FromDays(30), null);
        await AddJobAsync("recent-done", ProwJobType.Postsubmit, "push", TimeSpan.FromDays(6), TimeSpan.FromDays(6));

        var report = await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["old-done"], report.ProwJobsAged);
        Assert.Equal(["old-running", "recent-done"], StoredNames);
    }

    [Fact]
    public async Task ProwJobs_MaxAgeFromConfig()
    {
        _config.Sinker.MaxProwJobAge = TimeSpan.FromHours(1);
        await AddJobAsync("two-hours", ProwJobType.Presubmit, "unit", TimeSpan.FromHours(2), TimeSpan.FromHours(2));
        await AddJobAsync("half-hour", ProwJobType.Presubmit, "unit", TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(20));

        await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["half-hour"], StoredNames);
    }

    [Fact]
    public async Task ProwJobs_NewestRunOfConfiguredPeriodicIsKeptEvenWhenOld()
    {
        await AddJobAsync("nightly-1", ProwJobType.Periodic, "nightly", TimeSpan.FromDays(20), TimeSpan.FromDays(20));
        await AddJobAsync("nightly-2", ProwJobType.Periodic, "nightly", TimeSpan.FromDays(10), TimeSpan.FromDays(10));
        await AddJobAsync("removed-1", ProwJobType.Periodic, "no-longer-configured", TimeSpan.FromDays(10), TimeSpan.FromDays(10));

        var report = await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["nightly-2"], StoredNames);
        Assert.Equal(["nightly-1", "removed-1"], report.ProwJobsAged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Runs_RunningJobKept_OrphanedTtledAndAgedDeleted()
    {
        _config.Sinker.MaxPodAge = TimeSpan.FromHours(24);
        _config.Sinker.TerminatedPodTtl = TimeSpan.FromHours(1);
        await AddJobAsync("running", ProwJobType.Presubmit, "unit", TimeSpan.FromDays(3), null);
        await AddJobAsync("ttl-expired", ProwJobType.Presubmit, "unit", TimeSpan.FromHours(3), TimeSpan.FromHours(2));
        await AddJobAsync("ttl-fresh", ProwJobType.Presubmit, "unit", TimeSpan.FromHours(3), TimeSpan.FromMinutes(30));
        await AddJobAsync("aged", ProwJobType.Presubmit, "unit", TimeSpan.FromHours(30), TimeSpan.FromMinutes(5));
        _runtime.Add(new JobRun("running", JobRunPhase.Running, Now - TimeSpan.FromDays(3), Now - TimeSpan.FromDays(3)));
        _runtime.Add(new JobRun("ttl-expired", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(3), Now - TimeSpan.FromHours(3), Now - TimeSpan.FromHours(2)));
        _runtime.Add(new JobRun("ttl-fresh", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(3), Now - TimeSpan.FromHours(3), Now - TimeSpan.FromMinutes(30)));
        _runtime.Add(new JobRun("aged", JobRunPhase.Failed, Now - TimeSpan.FromHours(30), Now - TimeSpan.FromHours(30), Now - TimeSpan.FromMinutes(5)));
        _runtime.Add(new JobRun("orphan", JobRunPhase.Succeeded, Now - TimeSpan.FromMinutes(5)));
        _runtime.Add(new JobRun("just-created", JobRunPhase.Pending, Now - TimeSpan.FromSeconds(5)));

        var report = await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["ttl-expired"], report.RunsTtled);
        Assert.Equal(["aged"], report.RunsAged);
        Assert.Equal(["orphan"], report.RunsOrphaned);
        Assert.Equal(["just-created", "running", "ttl-fresh"], _runtime.RunNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Runs_TerminatedTtlDefaultsToMaxPodAge()
    {
        _config.Sinker.MaxPodAge = TimeSpan.FromHours(2);
        await AddJobAsync("done", ProwJobType.Presubmit, "unit", TimeSpan.FromMinutes(90), TimeSpan.FromMinutes(80));
        _runtime.Add(new JobRun("done", JobRunPhase.Succeeded, Now - TimeSpan.FromMinutes(90), Now - TimeSpan.FromMinutes(90)));

        await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);
        Assert.Empty(_runtime.Deleted);

        _time.Advance(TimeSpan.FromMinutes(45));
        var report = await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["done"], report.RunsAged);
    }

    [Fact]
    public async Task Runs_OfExcludedClustersAreKept()
    {
        _config.Sinker.ExcludeClusters = ["gpu"];
        await AddJobAsync("gpu-job", ProwJobType.Presubmit, "unit", TimeSpan.FromDays(2), TimeSpan.FromDays(2), cluster: "gpu");
        await AddJobAsync("default-job", ProwJobType.Presubmit, "unit", TimeSpan.FromDays(2), TimeSpan.FromDays(2), cluster: "default");
        _runtime.Add(new JobRun("gpu-job", JobRunPhase.Succeeded, Now - TimeSpan.FromDays(2)));
        _runtime.Add(new JobRun("default-job", JobRunPhase.Succeeded, Now - TimeSpan.FromDays(2)));

        await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["default-job"], _runtime.Deleted);
    }

    [Fact]
    public async Task DeleteFailure_IsCountedAndOtherDeletionsContinue()
    {
        _runtime.Add(new JobRun("orphan-a", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(1)));
        _runtime.Add(new JobRun("orphan-b", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(1)));
        _runtime.FailingDeletes.Add("orphan-a");

        var report = await NewController().CleanOnceAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, report.Errors);
        Assert.Equal(["orphan-b"], report.RunsOrphaned);
    }

    [Fact]
    public async Task ExecuteAsync_CleansEveryResyncPeriod()
    {
        _config.Sinker.ResyncPeriod = TimeSpan.FromMinutes(5);
        _runtime.Add(new JobRun("orphan-1", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(1)));
        using var controller = NewController();
        await controller.StartAsync(TestContext.Current.CancellationToken);
        await WaitForAsync(() => _runtime.Deleted.Contains("orphan-1"));

        _runtime.Add(new JobRun("orphan-2", JobRunPhase.Succeeded, Now - TimeSpan.FromHours(1)));

        // The loop's delay counts on the fake clock only once registered, which on a slow machine may be after
        // the first advances; so advance a minute at a time and check that at least the period passed.
        var minutes = 0;
        while (minutes < 60 && !_runtime.Deleted.Contains("orphan-2"))
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            minutes++;
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Contains("orphan-2", _runtime.Deleted);
        Assert.True(minutes >= 5, $"cleaned again after {minutes} min; the resync period is 5 min");
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
