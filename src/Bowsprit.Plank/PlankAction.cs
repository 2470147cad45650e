using Bowsprit.Core.Api;

namespace Bowsprit.Plank;

/// <summary>What plank does next for one job.</summary>
public enum PlankActionKind
{
    /// <summary>Nothing to do now; look again after <see cref="PlankAction.RequeueAfter"/> if set.</summary>
    Wait,

    /// <summary>A concurrency limit is reached: stay triggered and look again later.</summary>
    Hold,

    /// <summary>Record pending (build id, URL), then start the run.</summary>
    Start,

    /// <summary>The job is pending but its run was never started (a crash between the two): start it now.</summary>
    StartRun,

    /// <summary>The run exists but the job does not yet record that it was started: record it.</summary>
    MarkStarted,

    /// <summary>Move the job to a final state, stopping the run first if it still runs.</summary>
    Complete,

    /// <summary>The job is already final but its run still runs: stop it (and stamp completion if missing).</summary>
    StopRun,
}

/// <summary>A reconcile decision: pure data so the rules are testable without a store or runtime.</summary>
public sealed record PlankAction(
    PlankActionKind Kind,
    ProwJobState State = ProwJobState.None,
    string? Description = null,
    bool StopRun = false,
    TimeSpan? RequeueAfter = null)
{
    public static PlankAction Nothing { get; } = new(PlankActionKind.Wait);
}
