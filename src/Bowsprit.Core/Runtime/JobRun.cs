namespace Bowsprit.Core.Runtime;

/// <summary>
/// What a runtime reports about one job's run; the shape of a pod's status, so both runtimes map onto it.
/// </summary>
/// <param name="JobName">The ProwJob's name (metadata.name).</param>
/// <param name="Phase">Where the run is.</param>
/// <param name="CreatedAt">When the runtime accepted the run.</param>
/// <param name="StartedAt">When the job's own command started (null while still preparing: cloning, pulling).</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="ExitCode">The command's exit code once finished (entrypoint's codes: 127 timeout/start failure, 130 interrupted).</param>
/// <param name="Message">Why it failed or was lost, for the ProwJob's description.</param>
/// <param name="Node">Where it runs (host or node name), for started.json.</param>
public sealed record JobRun(
    string JobName,
    JobRunPhase Phase,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt = null,
    DateTimeOffset? FinishedAt = null,
    int? ExitCode = null,
    string? Message = null,
    string? Node = null);
