namespace Bowsprit.Core.Runtime;

/// <summary>A run's phase, as a pod's: plank maps Pending/Running to <c>pending</c>, Succeeded to <c>success</c>, Failed to <c>failure</c>.</summary>
public enum JobRunPhase
{
    /// <summary>Accepted, not yet running the job's command (queued, cloning refs, pulling an image).</summary>
    Pending,

    /// <summary>The job's command is running.</summary>
    Running,

    /// <summary>Finished with exit code 0.</summary>
    Succeeded,

    /// <summary>Finished with a non-zero exit code, or could not start.</summary>
    Failed,
}
