using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Runtime;

namespace Bowsprit.Plank.Tests;

public sealed class PlankDecisionsTests
{
    private static readonly DateTimeOffset Now = Jobs.Epoch;
    private static readonly PlankConfig Config = new();

    private static JobRun RunIn(JobRunPhase phase, TimeSpan age) => new("a", phase, Now - age, StartedAt: phase == JobRunPhase.Running ? Now - age : null);

    [Fact]
    public void Triggered_WithFreeSlots_Starts() =>
        Assert.Equal(PlankActionKind.Start, PlankDecisions.Decide(Jobs.Triggered("a", maxConcurrency: 2), null, new PlankCounts(5, 1, 0), Config, Now).Kind);

    [Fact]
    public void Triggered_AtJobMaxConcurrency_Holds() =>
        Assert.Equal(PlankActionKind.Hold, PlankDecisions.Decide(Jobs.Triggered("a", maxConcurrency: 2), null, new PlankCounts(2, 2, 0), Config, Now).Kind);

    [Fact]
    public void Triggered_AtGlobalMaxConcurrency_Holds() =>
        Assert.Equal(PlankActionKind.Hold, PlankDecisions.Decide(Jobs.Triggered("a"), null, new PlankCounts(3, 0, 0), new PlankConfig { MaxConcurrency = 3 }, Now).Kind);

    [Theory]
    [InlineData(0, 0, PlankActionKind.Hold)]
    [InlineData(2, 1, PlankActionKind.Start)]
    [InlineData(2, 2, PlankActionKind.Hold)]
    [InlineData(-1, 100, PlankActionKind.Start)]
    public void Triggered_QueueCapacity(int capacity, int inQueue, PlankActionKind expected)
    {
        var config = new PlankConfig { JobQueueCapacities = new() { ["q"] = capacity } };
        Assert.Equal(expected, PlankDecisions.Decide(Jobs.Triggered("a", queue: "q"), null, new PlankCounts(inQueue, 0, inQueue), config, Now).Kind);
    }

    [Fact]
    public void Triggered_UndefinedQueue_Errors()
    {
        var action = PlankDecisions.Decide(Jobs.Triggered("a", queue: "missing"), null, PlankCounts.None, Config, Now);
        Assert.Equal((PlankActionKind.Complete, ProwJobState.Error), (action.Kind, action.State));
    }

    [Fact]
    public void Triggered_WithExistingRun_AdoptsDespiteLimits() =>
        Assert.Equal(PlankActionKind.Start, PlankDecisions.Decide(Jobs.Triggered("a", maxConcurrency: 1), RunIn(JobRunPhase.Running, TimeSpan.Zero), new PlankCounts(1, 1, 0), Config, Now).Kind);

    [Theory]
    [InlineData(JobRunPhase.Succeeded, ProwJobState.Success, "Job succeeded.")]
    [InlineData(JobRunPhase.Failed, ProwJobState.Failure, "Job failed.")]
    public void Pending_FinishedRun_Completes(JobRunPhase phase, ProwJobState state, string description)
    {
        var action = PlankDecisions.Decide(Jobs.Pending("a"), RunIn(phase, TimeSpan.FromMinutes(1)), PlankCounts.None, Config, Now);
        Assert.Equal(new PlankAction(PlankActionKind.Complete, state, description), action);
    }

    [Fact]
    public void Pending_NeverStartedRun_StartsIt() =>
        Assert.Equal(PlankActionKind.StartRun, PlankDecisions.Decide(Jobs.Pending("a", started: false), null, PlankCounts.None, Config, Now).Kind);

    [Fact]
    public void Pending_RunRefusedPastPendingTimeout_Errors() =>
        Assert.Equal(new PlankAction(PlankActionKind.Complete, ProwJobState.Error, "Pod pending timeout."),
            PlankDecisions.Decide(Jobs.Pending("a", started: false, at: Now - TimeSpan.FromMinutes(10)), null, PlankCounts.None, Config, Now));

    [Fact]
    public void Pending_LostRun_Errors() =>
        Assert.Equal(new PlankAction(PlankActionKind.Complete, ProwJobState.Error, "Pod got deleted unexpectedly"),
            PlankDecisions.Decide(Jobs.Pending("a"), null, PlankCounts.None, Config, Now));

    [Fact]
    public void Pending_RunNotYetRecorded_MarksStarted() =>
        Assert.Equal(PlankActionKind.MarkStarted, PlankDecisions.Decide(Jobs.Pending("a", started: false), RunIn(JobRunPhase.Running, TimeSpan.Zero), PlankCounts.None, Config, Now).Kind);

    [Fact]
    public void Pending_BeforePendingTimeout_WaitsForTheRemainder()
    {
        var action = PlankDecisions.Decide(Jobs.Pending("a"), RunIn(JobRunPhase.Pending, TimeSpan.FromMinutes(9)), PlankCounts.None, Config, Now);
        Assert.Equal((PlankActionKind.Wait, TimeSpan.FromMinutes(1)), (action.Kind, action.RequeueAfter));
    }

    [Fact]
    public void Pending_PastPendingTimeout_ErrorsAndStops() =>
        Assert.Equal(new PlankAction(PlankActionKind.Complete, ProwJobState.Error, "Pod pending timeout.", StopRun: true),
            PlankDecisions.Decide(Jobs.Pending("a"), RunIn(JobRunPhase.Pending, TimeSpan.FromMinutes(10)), PlankCounts.None, Config, Now));

    [Fact]
    public void Pending_PerJobPendingTimeout_Overrides()
    {
        var job = Jobs.Pending("a");
        job.Spec.DecorationConfig = new DecorationConfig { PodPendingTimeout = TimeSpan.FromMinutes(1) };
        Assert.Equal(PlankActionKind.Complete, PlankDecisions.Decide(job, RunIn(JobRunPhase.Pending, TimeSpan.FromMinutes(2)), PlankCounts.None, Config, Now).Kind);
    }

    [Fact]
    public void Running_PastRunningTimeout_AbortsAndStops() =>
        Assert.Equal(new PlankAction(PlankActionKind.Complete, ProwJobState.Aborted, "Pod running timeout.", StopRun: true),
            PlankDecisions.Decide(Jobs.Pending("a"), RunIn(JobRunPhase.Running, TimeSpan.FromHours(48)), PlankCounts.None, Config, Now));

    [Fact]
    public void Running_WithinRunningTimeout_Waits() =>
        Assert.Equal(PlankActionKind.Wait, PlankDecisions.Decide(Jobs.Pending("a"), RunIn(JobRunPhase.Running, TimeSpan.FromHours(47)), PlankCounts.None, Config, Now).Kind);

    [Fact]
    public void Aborted_WithLiveRun_StopsIt()
    {
        var job = Jobs.Pending("a");
        job.Status.State = ProwJobState.Aborted;
        var action = PlankDecisions.Decide(job, RunIn(JobRunPhase.Running, TimeSpan.Zero), PlankCounts.None, Config, Now);
        Assert.Equal((PlankActionKind.StopRun, true), (action.Kind, action.StopRun));
    }

    [Fact]
    public void Complete_WithFinishedRun_DoesNothing()
    {
        var job = Jobs.Pending("a");
        job.Status.State = ProwJobState.Success;
        job.Status.CompletionTime = Now;
        Assert.Equal(PlankAction.Nothing, PlankDecisions.Decide(job, RunIn(JobRunPhase.Succeeded, TimeSpan.Zero), PlankCounts.None, Config, Now));
    }

    [Fact]
    public void OtherAgents_AreLeftAlone()
    {
        var job = Jobs.Triggered("a");
        job.Spec.Agent = ProwJobAgents.Jenkins;
        Assert.Equal(PlankAction.Nothing, PlankDecisions.Decide(job, null, PlankCounts.None, Config, Now));
    }
}
