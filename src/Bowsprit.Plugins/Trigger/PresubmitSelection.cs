using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Applies a <see cref="PresubmitFilter"/> to a repository's presubmits for a PR.</summary>
internal static class PresubmitSelection
{
    /// <summary>
    /// The jobs to run against <paramref name="branch"/>. A considered job runs when its branch filter allows and it is
    /// always_run or forced; otherwise its changed-files filter decides, and without one the rule's default does.
    /// </summary>
    public static async Task<IReadOnlyList<Presubmit>> SelectAsync(
        IEnumerable<Presubmit> presubmits, string branch, PresubmitFilter filter, ChangedFiles changes, CancellationToken ct)
    {
        var selected = new List<Presubmit>();
        foreach (var job in presubmits)
        {
            var verdict = filter(job);
            if (verdict.Matches && await ShouldRunAsync(job, branch, verdict, changes, ct))
            {
                selected.Add(job);
            }
        }

        return selected;
    }

    private static async Task<bool> ShouldRunAsync(Presubmit job, string branch, FilterVerdict verdict, ChangedFiles changes, CancellationToken ct)
    {
        if (!job.CouldRun(branch))
        {
            return false;
        }

        if (job.AlwaysRun || verdict.Forced)
        {
            return true;
        }

        return job.ChangeMatcher.IsSet ? job.ChangeMatcher.ShouldRun(await changes.GetAsync(ct)) : verdict.Defaults;
    }
}
