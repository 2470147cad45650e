using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>
/// Aborts a PR's incomplete presubmits: all of them when the PR is closed, drafted or pushed to, and the stale
/// ones of a job (older head SHA) before it starts again, so runs nobody will look at stop using the cluster.
/// </summary>
internal sealed class RunAborter(PluginContext context)
{
    public const string Description = "Aborted by trigger plugin.";
    private const int Attempts = 3;

    public Task AbortAllAsync(string org, string repo, int number, CancellationToken ct) =>
        AbortAsync(org, repo, number, static _ => true, ct);

    /// <summary>Aborts runs of <paramref name="jobs"/> on this PR that test another head than <paramref name="headSha"/>.</summary>
    public Task AbortStaleAsync(string org, string repo, int number, IReadOnlySet<string> jobs, string headSha, CancellationToken ct) =>
        AbortAsync(org, repo, number, job => jobs.Contains(job.Spec.Job ?? "") && HeadOf(job) != headSha, ct);

    private async Task AbortAsync(string org, string repo, int number, Func<ProwJob, bool> select, CancellationToken ct)
    {
        // The pull label is always a valid label value; org and repo labels may have been sanitized away, so
        // those are compared on the refs instead.
        var query = new ProwJobQuery
        {
            Labels = new Dictionary<string, string> { [ProwJobLabels.Pull] = number.ToString(CultureInfo.InvariantCulture) },
            Type = ProwJobType.Presubmit,
            Incomplete = true,
        };
        foreach (var job in await context.ProwJobs.ListAsync(query, ct))
        {
            if (IsForPull(job, org, repo, number) && select(job))
            {
                await AbortOneAsync(job, org, repo, number, ct);
            }
        }
    }

    private async Task AbortOneAsync(ProwJob job, string org, string repo, int number, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            job.Status.State = ProwJobState.Aborted;
            job.Status.Description = Description;
            job.Status.CompletionTime = Now();
            try
            {
                await context.ProwJobs.UpdateAsync(job, ct);
                TriggerLog.Aborted(context.Logger, job.Spec.Job ?? "", job.Name, org, repo, number);
                return;
            }
            catch (ProwJobConflictException) when (attempt < Attempts)
            {
                // The controller moved it meanwhile (e.g. to pending); abort the current version unless it finished.
                if (await context.ProwJobs.GetAsync(job.Name, ct) is not { } fresh || fresh.Status.State.IsComplete())
                {
                    return;
                }

                job = fresh;
            }
        }
    }

    private static bool IsForPull(ProwJob job, string org, string repo, int number) =>
        job.Spec.Refs is { } refs
        && string.Equals(refs.Org, org, StringComparison.OrdinalIgnoreCase)
        && string.Equals(refs.Repo, repo, StringComparison.OrdinalIgnoreCase)
        && refs.Pulls is { Count: > 0 } pulls && pulls[0].Number == number;

    private static string? HeadOf(ProwJob job) => job.Spec.Refs?.Pulls is { Count: > 0 } pulls ? pulls[0].Sha : null;

    // metav1.Time has second precision, like the start time the factory stamps.
    private DateTimeOffset Now()
    {
        var now = context.Time.GetUtcNow();
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }
}
