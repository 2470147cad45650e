using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Runtime;

namespace Bowsprit.Plank;

/// <summary>plank's reconcile rules (prow-spec §4) as one pure function of the job, its run, the slot counts and the time.</summary>
public static class PlankDecisions
{
    public const string Succeeded = "Job succeeded.";
    public const string Failed = "Job failed.";
    public const string Triggered = "Job triggered.";
    public const string PendingTimeout = "Pod pending timeout.";
    public const string RunningTimeout = "Pod running timeout.";
    public const string DeletedUnexpectedly = "Pod got deleted unexpectedly";

    /// <summary>Agents this controller runs; others (jenkins, tekton) belong to other controllers.</summary>
    public static bool Handles(ProwJob job) =>
        job.Spec.Agent is null or "" or ProwJobAgents.Kubernetes or "local";

    public static PlankAction Decide(ProwJob job, JobRun? run, PlankCounts counts, PlankConfig config, DateTimeOffset now)
    {
        if (!Handles(job))
        {
            return PlankAction.Nothing;
        }

        return job.Status.State switch
        {
            ProwJobState.Triggered => DecideTriggered(job, run, counts, config),
            ProwJobState.Pending => DecidePending(job, run, config, now),
            _ when job.Status.State.IsComplete() => DecideComplete(job, run),
            _ => PlankAction.Nothing,
        };
    }

    private static PlankAction DecideTriggered(ProwJob job, JobRun? run, PlankCounts counts, PlankConfig config)
    {
        // A run already exists under this name (a previous attempt got that far): adopt it whatever the limits say.
        if (run is not null)
        {
            return new PlankAction(PlankActionKind.Start);
        }

        if (config.MaxConcurrency > 0 && counts.Total >= config.MaxConcurrency)
        {
            return new PlankAction(PlankActionKind.Hold);
        }

        if (job.Spec.MaxConcurrency > 0 && counts.SameJob >= job.Spec.MaxConcurrency)
        {
            return new PlankAction(PlankActionKind.Hold);
        }

        if (!string.IsNullOrEmpty(job.Spec.JobQueueName))
        {
            if (config.JobQueueCapacities?.TryGetValue(job.Spec.JobQueueName, out var capacity) != true)
            {
                return new PlankAction(PlankActionKind.Complete, ProwJobState.Error,
                    $"Terminal error: job queue {job.Spec.JobQueueName} is not defined in plank.job_queue_capacities");
            }

            if (capacity >= 0 && counts.SameQueue >= capacity)
            {
                return new PlankAction(PlankActionKind.Hold);
            }
        }

        return new PlankAction(PlankActionKind.Start);
    }

    private static PlankAction DecidePending(ProwJob job, JobRun? run, PlankConfig config, DateTimeOffset now)
    {
        var started = job.Metadata.Annotations?.ContainsKey(PlankAnnotations.RunStarted) == true;
        var pendingLimit = job.Spec.DecorationConfig?.PodPendingTimeout ?? config.EffectivePodPendingTimeout;
        if (run is null)
        {
            if (started)
            {
                return new PlankAction(PlankActionKind.Complete, ProwJobState.Error, DeletedUnexpectedly);
            }

            // The runtime keeps refusing the run: give up once it would have timed out pending anyway.
            return job.Status.PendingTime + pendingLimit <= now
                ? new PlankAction(PlankActionKind.Complete, ProwJobState.Error, PendingTimeout)
                : new PlankAction(PlankActionKind.StartRun);
        }

        switch (run.Phase)
        {
            case JobRunPhase.Succeeded:
                return new PlankAction(PlankActionKind.Complete, ProwJobState.Success, Succeeded);
            case JobRunPhase.Failed:
                return new PlankAction(PlankActionKind.Complete, ProwJobState.Failure, Failed);
        }

        if (!started)
        {
            return new PlankAction(PlankActionKind.MarkStarted);
        }

        var decoration = job.Spec.DecorationConfig;
        if (run.Phase == JobRunPhase.Pending)
        {
            var left = run.CreatedAt + pendingLimit - now;
            return left <= TimeSpan.Zero
                ? new PlankAction(PlankActionKind.Complete, ProwJobState.Error, PendingTimeout, StopRun: true)
                : PlankAction.Nothing with { RequeueAfter = left };
        }

        var runningLimit = decoration?.PodRunningTimeout ?? config.EffectivePodRunningTimeout;
        var runningLeft = (run.StartedAt ?? run.CreatedAt) + runningLimit - now;
        return runningLeft <= TimeSpan.Zero
            ? new PlankAction(PlankActionKind.Complete, ProwJobState.Aborted, RunningTimeout, StopRun: true)
            : PlankAction.Nothing with { RequeueAfter = runningLeft };
    }

    private static PlankAction DecideComplete(ProwJob job, JobRun? run)
    {
        var live = run is { Phase: JobRunPhase.Pending or JobRunPhase.Running };
        if (live || job.Status.CompletionTime is null)
        {
            return new PlankAction(PlankActionKind.StopRun, job.Status.State, StopRun: live);
        }

        return PlankAction.Nothing;
    }
}
