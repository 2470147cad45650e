using Bowsprit.Core.Api;
using k8s.Models;

namespace Bowsprit.Plank.Tests;

internal static class Jobs
{
    public static readonly DateTimeOffset Epoch = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public static ProwJob Triggered(string name, string job = "unit", DateTimeOffset? created = null, int maxConcurrency = 0, string? queue = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new ProwJobSpec { Type = ProwJobType.Periodic, Agent = ProwJobAgents.Kubernetes, Job = job, MaxConcurrency = maxConcurrency, JobQueueName = queue },
        Status = new ProwJobStatus { State = ProwJobState.Triggered, StartTime = created ?? Epoch },
    };

    public static ProwJob Pending(string name, bool started = true, DateTimeOffset? at = null)
    {
        var job = Triggered(name);
        job.Status.State = ProwJobState.Pending;
        job.Status.PendingTime = at ?? Epoch;
        job.Status.BuildId = "1";
        if (started)
        {
            job.Metadata.Annotations = new Dictionary<string, string> { [PlankAnnotations.RunStarted] = "true" };
        }

        return job;
    }
}

internal static class Presubmits
{
    public static ProwJob For(string name, int pr, string sha, DateTimeOffset created, string job = "pull-unit", int[]? extraPulls = null)
    {
        var pj = Jobs.Triggered(name, job, created);
        pj.Spec.Type = ProwJobType.Presubmit;
        pj.Spec.Refs = new Refs
        {
            Org = "acme",
            Repo = "widgets",
            BaseRef = "main",
            BaseSha = "base",
            Pulls = [new Pull { Number = pr, Sha = sha }, .. (extraPulls ?? []).Select(n => new Pull { Number = n, Sha = sha })],
        };
        return pj;
    }
}
