using System.Globalization;
using System.Text;
using Bowsprit.Core.Api;

namespace Bowsprit.Plank;

/// <summary>
/// prow-spec §3 "Dedupe (controller)": of incomplete presubmits testing the same job on the same PRs (whatever
/// the head SHA), only the newest is worth finishing; older ones are aborted without reporting a stale status.
/// </summary>
public static class PresubmitDedupe
{
    public const string Description = "Aborted: superseded by a newer run of this job.";
    public const string GitHubReporter = "github-reporter";

    /// <summary>Job and refs, SHAs left out: <c>job|org/repo@base_ref [1 2]|…</c>.</summary>
    public static string Identity(ProwJob job)
    {
        var identity = new StringBuilder(job.Spec.Job);
        IEnumerable<Refs> all = job.Spec.ExtraRefs ?? [];
        if (job.Spec.Refs is { } main)
        {
            all = all.Prepend(main);
        }

        foreach (var refs in all)
        {
            var pulls = (refs.Pulls ?? []).Select(static p => p.Number).Order().Select(static n => n.ToString(CultureInfo.InvariantCulture));
            identity.Append(CultureInfo.InvariantCulture, $"|{refs.Org}/{refs.Repo}@{refs.BaseRef} [{string.Join(' ', pulls)}]");
        }

        return identity.ToString();
    }

    /// <summary>True when <paramref name="job"/> is an incomplete presubmit and one of <paramref name="others"/> supersedes it.</summary>
    public static bool IsSuperseded(ProwJob job, IEnumerable<ProwJob> others)
    {
        if (job.Spec.Type != ProwJobType.Presubmit || job.Status.State.IsComplete())
        {
            return false;
        }

        var identity = Identity(job);
        return others.Any(other =>
            other.Name != job.Name
            && other.Spec.Type == ProwJobType.Presubmit
            && !other.Status.State.IsComplete()
            && IsNewer(other, job)
            && Identity(other) == identity);
    }

    private static bool IsNewer(ProwJob other, ProwJob job) =>
        other.Status.StartTime > job.Status.StartTime
        || (other.Status.StartTime == job.Status.StartTime && string.CompareOrdinal(other.Name, job.Name) > 0);
}
