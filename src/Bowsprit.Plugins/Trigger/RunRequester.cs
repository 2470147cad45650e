using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Starts presubmits for one PR: refs against the base branch's current tip, stale runs aborted first.</summary>
internal sealed class RunRequester(PluginContext context, Repository repo, PullRequest pr)
{
    public static IReadOnlyDictionary<string, string> RetestLabels { get; } =
        new Dictionary<string, string> { [ProwJobLabels.Retest] = "true" };

    /// <summary>Creates a run of each job; returns the runs created (a job this delivery already started is skipped).</summary>
    public async Task<IReadOnlyList<ProwJob>> RunAsync(IReadOnlyList<Presubmit> jobs, IReadOnlyDictionary<string, string>? extraLabels, CancellationToken ct)
    {
        if (jobs.Count == 0)
        {
            return [];
        }

        var org = repo.Owner.Login;
        // The base may have moved since the event was sent; test against what a merge would use now.
        var baseSha = await context.GitHub.GetRefAsync(org, repo.Name, $"heads/{pr.Base.Ref}", ct);
        var refs = PullRefs.Build(repo, pr, baseSha);
        var names = jobs.Select(static j => j.Name).ToHashSet(StringComparer.Ordinal);
        await new RunAborter(context).AbortStaleAsync(org, repo.Name, pr.Number, names, pr.Head.Sha, ct);

        var runs = jobs.Select(job => context.JobFactory.NewPresubmit(job, refs, context.EventGuid, extraLabels)).ToList();
        return await JobCreator.CreateAllAsync(context, runs, pr.Head.Sha, ct);
    }
}
