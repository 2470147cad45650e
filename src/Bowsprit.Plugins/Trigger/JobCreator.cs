using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Stores the runs trigger decided on, at most once per delivery, job and SHA.</summary>
internal static class JobCreator
{
    /// <summary>
    /// Stores every run; returns the ones stored (a run this delivery already created is skipped). A failure
    /// does not keep the other jobs from starting; failures are thrown together at the end.
    /// </summary>
    public static async Task<IReadOnlyList<ProwJob>> CreateAllAsync(PluginContext context, IReadOnlyList<ProwJob> runs, string sha, CancellationToken ct)
    {
        var created = new List<ProwJob>();
        var failures = new List<Exception>();
        foreach (var run in runs)
        {
            try
            {
                if (await CreateAsync(context, run, sha, ct) is { } stored)
                {
                    created.Add(stored);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                TriggerLog.CreateFailed(context.Logger, run.Spec.Job ?? "", run.Spec.Refs?.Org ?? "", run.Spec.Refs?.Repo ?? "", e);
                failures.Add(e);
            }
        }

        return failures.Count > 0
            ? throw new AggregateException($"creating {failures.Count} of {runs.Count} ProwJobs failed", failures)
            : created;
    }

    /// <summary>Stores <paramref name="run"/> under its per-delivery name (<see cref="JobNames"/>); null when this delivery already created it.</summary>
    private static async Task<ProwJob?> CreateAsync(PluginContext context, ProwJob run, string sha, CancellationToken ct)
    {
        var job = run.Spec.Job ?? "";
        run.Metadata.Name = JobNames.For(context.EventGuid, job, sha) ?? run.Metadata.Name;
        var refs = run.Spec.Refs!;
        try
        {
            var stored = await context.ProwJobs.CreateAsync(run, ct);
            TriggerLog.Created(context.Logger, run.Spec.Type, job, stored.Name, refs.Org, refs.Repo, sha);
            return stored;
        }
        catch (ProwJobConflictException)
        {
            TriggerLog.AlreadyCreated(context.Logger, job, refs.Org, refs.Repo, sha);
            return null;
        }
    }
}
