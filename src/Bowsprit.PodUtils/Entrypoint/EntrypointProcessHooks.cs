using System.Diagnostics;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>
/// What an in-process host (the local runtime) adds to the entrypoint beyond Prow's options: the environment and
/// working directory of the process, learning its pid, and which process gets the graceful SIGINT. In a pod none
/// of this is needed: the container supplies environment and directory, and the command is the entrypoint's child.
/// </summary>
public sealed record EntrypointProcessHooks
{
    /// <summary>Adjusts the process before it starts (environment, working directory).</summary>
    public Action<ProcessStartInfo>? Configure { get; init; }

    /// <summary>Called with the pid right after the process started.</summary>
    public Action<int>? Started { get; init; }

    /// <summary>
    /// Which process gets the graceful SIGINT, given the started one; by default that process itself. A wrapper that
    /// does not forward signals (bubblewrap) names the job's process inside it instead.
    /// </summary>
    public Func<int, int>? InterruptTarget { get; init; }
}
