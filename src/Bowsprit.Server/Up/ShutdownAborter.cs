using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Server.Up;

/// <summary>
/// On a graceful stop of the embedded host, records every running job as aborted, then interrupts its run.
/// Without this a run interrupted by the shutdown would be reported by plank on restart as a failure (exit 130),
/// as if the change had broken it. Registered before every component, so the host stops it last: plank starts
/// no more runs by then, and the store and runtime are disposed only after it. Triggered jobs are left alone:
/// they start after the restart.
/// </summary>
internal sealed partial class ShutdownAborter(IProwJobStore store, IJobRuntime runtime, TimeProvider time, ILogger<ShutdownAborter> logger) : IHostedService
{
    public const string Description = "Aborted: Bowsprit shut down while the job ran.";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var running = await store.ListAsync(new ProwJobQuery { Incomplete = true }, cancellationToken).ConfigureAwait(false);
        foreach (var job in running.Where(static j => j.Status.State == ProwJobState.Pending))
        {
            var aborted = await AbortAsync(job, cancellationToken).ConfigureAwait(false);
            if (aborted is not null)
            {
                await runtime.StopAsync(aborted, cancellationToken).ConfigureAwait(false);
                LogAborted(logger, job.Name, job.Spec.Job ?? "");
            }
        }
    }

    private async Task<ProwJob?> AbortAsync(ProwJob job, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (job.Status.State.IsComplete())
            {
                return null;
            }

            var copy = job.DeepCopy();
            copy.Status.State = ProwJobState.Aborted;
            copy.Status.Description = Description;
            copy.Status.CompletionTime = time.GetUtcNow();
            try
            {
                return await store.UpdateAsync(copy, ct).ConfigureAwait(false);
            }
            catch (ProwJobConflictException)
            {
                // plank wrote in between (the run ended, most likely): look again.
                if (await store.GetAsync(job.Name, ct).ConfigureAwait(false) is not { } fresh)
                {
                    return null;
                }

                job = fresh;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Aborted {Name} ({Job}): shutting down")]
    private static partial void LogAborted(ILogger logger, string name, string job);
}
