using Bowsprit.Core.Api;

namespace Bowsprit.Crier;

/// <summary>
/// One destination for ProwJob state changes (GitHub, Slack). Each reporter gets its own work queue and workers,
/// so a slow destination never delays another.
/// </summary>
public interface IReporter
{
    /// <summary>The key in <c>status.prev_report_states</c> (Prow's names: <c>github-reporter</c>, <c>slackreporter</c>).</summary>
    string Name { get; }

    /// <summary>Cheap, synchronous filter over the job alone: whether its current state is this reporter's business.</summary>
    bool ShouldReport(ProwJob job);

    /// <summary>
    /// Reports the job's current state. Returning normally means "done, record it"; throwing means "not reported":
    /// transient failures (<see cref="ReportErrors.IsTransient"/>) are retried with backoff, others a few times only.
    /// </summary>
    Task ReportAsync(ProwJob job, CancellationToken ct);
}
