using Bowsprit.Core.Api;

namespace Bowsprit.Core.Runtime;

/// <summary>
/// Where a ProwJob's work runs: sandboxed local processes in embedded mode, pods in a build cluster on
/// Kubernetes. The controller (plank) drives it; a run is identified by the ProwJob's name, so every call is
/// safe to repeat after a crash.
/// </summary>
public interface IJobRuntime
{
    /// <summary>
    /// Starts the job's run, or returns the existing one when a run for this job already exists (the controller
    /// may have crashed between starting it and recording that).
    /// </summary>
    Task<JobRun> StartAsync(ProwJob job, CancellationToken ct);

    /// <summary>The job's run, or null when the runtime has none (never started, or lost: the process or pod is gone).</summary>
    Task<JobRun?> GetAsync(ProwJob job, CancellationToken ct);

    /// <summary>Every run the runtime currently knows (for adopting or cleaning up after a restart).</summary>
    Task<IReadOnlyList<JobRun>> ListAsync(CancellationToken ct);

    /// <summary>Stops the run (abort or timeout): graceful first, forced after the job's grace period. No-op when not running.</summary>
    Task StopAsync(ProwJob job, CancellationToken ct);

    /// <summary>Removes what the run left behind (workspace, pod). No-op when there is nothing.</summary>
    Task DeleteAsync(string jobName, CancellationToken ct);

    /// <summary>Each change of any run (started, running, finished), as it happens, until cancelled.</summary>
    IAsyncEnumerable<JobRun> WatchAsync(CancellationToken ct);
}
