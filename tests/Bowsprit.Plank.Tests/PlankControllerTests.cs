using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;

namespace Bowsprit.Plank.Tests;

public sealed class PlankControllerTests
{
    [Fact]
    public async Task Triggered_RunsToSuccess_WithBuildIdAndUrl()
    {
        await using var h = new PlankHarness();
        h.Config.JobUrlTemplate = "https://prow.example/view/{{.Spec.Job}}/{{.Status.BuildID}}";
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a", job: "unit"));

        var pending = await h.WaitForStartedAsync("a");
        Assert.Equal(ProwJobState.Pending, pending.Status.State);
        Assert.Equal("Job triggered.", pending.Status.Description);
        Assert.Equal("a", pending.Status.PodName);
        Assert.Matches("^[0-9]{19}$", pending.Status.BuildId);
        Assert.Equal(pending.Status.BuildId, pending.Metadata.Labels[ProwJobLabels.BuildId]);
        Assert.Equal($"https://prow.example/view/unit/{pending.Status.BuildId}", pending.Status.Url);
        Assert.Equal(Jobs.Epoch, pending.Status.PendingTime);

        h.Runtime.MarkRunning("a");
        h.Time.Advance(TimeSpan.FromMinutes(3));
        h.Runtime.Finish("a", succeeded: true);

        var done = await h.WaitForStateAsync("a", ProwJobState.Success);
        Assert.Equal("Job succeeded.", done.Status.Description);
        Assert.Equal(Jobs.Epoch.AddMinutes(3), done.Status.CompletionTime);
        Assert.Equal(1, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task FailedRun_MarksFailure()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStartedAsync("a");

        h.Runtime.Finish("a", succeeded: false);

        var done = await h.WaitForStateAsync("a", ProwJobState.Failure);
        Assert.Equal("Job failed.", done.Status.Description);
        Assert.NotNull(done.Status.CompletionTime);
    }

    [Fact]
    public async Task MaxConcurrency_HoldsSecondJobUntilFirstCompletes()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("first", job: "serial", created: Jobs.Epoch, maxConcurrency: 1));
        await h.AddAsync(Jobs.Triggered("second", job: "serial", created: Jobs.Epoch.AddSeconds(1), maxConcurrency: 1));
        await h.WaitForStartedAsync("first");
        await h.WaitForHeldAsync("second");

        Assert.Equal(ProwJobState.Triggered, (await h.Store.GetAsync("second", PlankHarness.Ct))!.Status.State);
        Assert.Null(h.Runtime.Run("second"));

        h.Runtime.Finish("first", succeeded: true);

        await h.WaitForStartedAsync("second");
        Assert.Equal(2, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task JobQueueCapacity_LimitsAcrossJobNames()
    {
        await using var h = new PlankHarness();
        h.Config.JobQueueCapacities = new() { ["gpu"] = 1 };
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("x", job: "train", created: Jobs.Epoch, queue: "gpu"));
        await h.AddAsync(Jobs.Triggered("y", job: "eval", created: Jobs.Epoch.AddSeconds(1), queue: "gpu"));
        await h.WaitForStartedAsync("x");
        await h.WaitForHeldAsync("y");

        Assert.Equal(ProwJobState.Triggered, (await h.Store.GetAsync("y", PlankHarness.Ct))!.Status.State);

        h.Runtime.Finish("x", succeeded: false);

        await h.WaitForStartedAsync("y");
    }

    [Fact]
    public async Task PendingTooLong_Errors()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStartedAsync("a");

        var done = await h.WaitForStateAsync("a", ProwJobState.Error, step: TimeSpan.FromMinutes(1));

        Assert.Equal("Pod pending timeout.", done.Status.Description);
        Assert.True(done.Status.CompletionTime >= Jobs.Epoch.AddMinutes(10));
        await PlankHarness.WaitUntilAsync(() => h.Runtime.Stopped.Contains("a"), "the timed-out run is stopped");
    }

    [Fact]
    public async Task RunningTooLong_AbortsAndStops()
    {
        await using var h = new PlankHarness();
        h.Config.PodRunningTimeout = TimeSpan.FromHours(1);
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStartedAsync("a");
        h.Runtime.MarkRunning("a");

        var done = await h.WaitForStateAsync("a", ProwJobState.Aborted, step: TimeSpan.FromMinutes(5));

        Assert.Equal("Pod running timeout.", done.Status.Description);
        await PlankHarness.WaitUntilAsync(() => h.Runtime.Stopped.Contains("a"), "the timed-out run is stopped");
        Assert.Equal(JobRunPhase.Failed, h.Runtime.Run("a")!.Phase);
    }

    [Fact]
    public async Task AbortedElsewhere_StopsTheRun()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        var pending = await h.WaitForStartedAsync("a");
        h.Runtime.MarkRunning("a");

        pending.Status.State = ProwJobState.Aborted;
        pending.Status.Description = "Aborted by user.";
        await h.Store.UpdateAsync(pending, PlankHarness.Ct);

        var done = await h.WaitForAsync("a", static j => j.Status.CompletionTime is not null);
        Assert.Equal(ProwJobState.Aborted, done.Status.State);
        Assert.Equal("Aborted by user.", done.Status.Description);
        await PlankHarness.WaitUntilAsync(() => h.Runtime.Stopped.Contains("a"), "the aborted job's run is stopped");
    }

    [Fact]
    public async Task CrashAfterStart_ReadoptsWithoutASecondRun()
    {
        // The previous process recorded pending and started the run, then died before recording that it had.
        await using var h = new PlankHarness();
        await h.AddAsync(Jobs.Pending("a", started: false));
        h.Runtime.Seed(new JobRun("a", JobRunPhase.Running, Jobs.Epoch, StartedAt: Jobs.Epoch));
        await h.StartAsync();

        await h.WaitForStartedAsync("a");
        h.Runtime.Finish("a", succeeded: true);

        await h.WaitForStateAsync("a", ProwJobState.Success);
        Assert.Equal(1, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task CrashBeforeStart_StartsTheRunOnce()
    {
        await using var h = new PlankHarness();
        await h.AddAsync(Jobs.Pending("a", started: false));
        await h.StartAsync();

        await h.WaitForStartedAsync("a");

        Assert.Equal(1, h.Runtime.RunsCreated);
        Assert.Equal(JobRunPhase.Pending, h.Runtime.Run("a")!.Phase);
    }

    [Fact]
    public async Task StartFailure_IsRetriedUntilTheRuntimeAccepts()
    {
        await using var h = new PlankHarness();
        h.Runtime.StartFailure = new InvalidOperationException("cluster unavailable");
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStateAsync("a", ProwJobState.Pending);
        Assert.Equal(0, h.Runtime.RunsCreated);

        h.Runtime.StartFailure = null;
        await h.WaitForAsync("a", static j => j.Metadata.Annotations?.ContainsKey(PlankAnnotations.RunStarted) == true, step: TimeSpan.FromSeconds(1));

        Assert.Equal(1, h.Runtime.RunsCreated);
        Assert.True(h.Runtime.StartCalls >= 2);
    }

    [Fact]
    public async Task LostRun_Errors()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        await h.WaitForStartedAsync("a");

        h.Runtime.Lose("a");

        var done = await h.WaitForStateAsync("a", ProwJobState.Error);
        Assert.Equal("Pod got deleted unexpectedly", done.Status.Description);
        Assert.Equal(1, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task Startup_PendingJobWhoseRunIsGone_Errors()
    {
        await using var h = new PlankHarness();
        await h.AddAsync(Jobs.Pending("a"));
        await h.StartAsync();

        var done = await h.WaitForStateAsync("a", ProwJobState.Error);

        Assert.Equal("Pod got deleted unexpectedly", done.Status.Description);
        Assert.Equal(0, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task Startup_DeletesOrphanRuns_AndStopsRunsOfFinishedJobs()
    {
        await using var h = new PlankHarness();
        var finished = Jobs.Pending("done");
        finished.Status.State = ProwJobState.Aborted;
        finished.Status.CompletionTime = Jobs.Epoch;
        await h.AddAsync(finished);
        h.Runtime.Seed(new JobRun("done", JobRunPhase.Running, Jobs.Epoch));
        h.Runtime.Seed(new JobRun("orphan", JobRunPhase.Running, Jobs.Epoch));

        await h.StartAsync();

        await PlankHarness.WaitUntilAsync(() => h.Runtime.Deleted.Contains("orphan") && h.Runtime.Stopped.Contains("done"), "orphan deleted, finished job's run stopped");

        Assert.Equal(["orphan"], h.Runtime.Deleted);
        Assert.Contains("done", h.Runtime.Stopped);
    }

    [Fact]
    public async Task Conflict_IsRetriedFromAFreshRead()
    {
        var store = new InterferingStore();
        await using var h = new PlankHarness(store);
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));
        store.InterfereNext = true;

        await h.WaitForStartedAsync("a");
        h.Runtime.Finish("a", succeeded: true);
        var done = await h.WaitForStateAsync("a", ProwJobState.Success);

        Assert.True(store.Conflicts >= 1);
        Assert.Equal("yes", done.Metadata.Labels["touched"]);
        Assert.Equal(1, h.Runtime.RunsCreated);
    }
}

public sealed class PlankControllerDedupeTests
{
    [Fact]
    public async Task NewerPresubmitForSamePr_AbortsTheOlderAndStopsItsRun()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Presubmits.For("old", 7, "sha1", Jobs.Epoch));
        await h.WaitForStartedAsync("old");
        h.Runtime.MarkRunning("old");

        await h.AddAsync(Presubmits.For("new", 7, "sha2", Jobs.Epoch.AddMinutes(1)));

        var old = await h.WaitForStateAsync("old", ProwJobState.Aborted);
        Assert.Equal(PresubmitDedupe.Description, old.Status.Description);
        Assert.Equal(ProwJobState.Aborted, old.Status.PrevReportStates!["github-reporter"]);
        Assert.NotNull(old.Status.CompletionTime);
        await h.WaitForStartedAsync("new");
        await PlankHarness.WaitUntilAsync(() => h.Runtime.Stopped.Contains("old"), "the superseded run is stopped");
    }
}
