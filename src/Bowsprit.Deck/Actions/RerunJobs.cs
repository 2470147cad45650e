using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Deck.Actions;

/// <summary>A user error while building a rerun (the job left the config, refs are incomplete); answered with 400.</summary>
internal sealed class RerunException(string message) : Exception(message);

/// <summary>
/// The ProwJob a rerun creates, as Prow builds it: by default the same spec, labels and annotations under a new
/// name, <c>triggered</c> now; with <c>mode=latest</c> the spec is rebuilt from the current job config and only
/// the labels other components stamped (event GUID, tide, gerrit) are carried over.
/// </summary>
internal sealed class RerunJobs(DeckOptions options, ProwJobFactory factory)
{
    /// <summary>Labels and annotations set by components rather than by the job config.</summary>
    private static readonly HashSet<string> ComponentKeys = new(StringComparer.Ordinal)
    {
        ProwJobLabels.EventGuid, ProwJobLabels.CreatedByTide, ProwJobLabels.GerritReportLabel,
        "prow.k8s.io/gerrit-revision", "prow.k8s.io/gerrit-patchset", "prow.k8s.io/gerrit-id", "prow.k8s.io/gerrit-instance",
    };

    public ProwJob Build(ProwJob old, bool latest)
    {
        if (!latest)
        {
            var labels = new Dictionary<string, string>(old.Metadata.Labels ?? new Dictionary<string, string>(), StringComparer.Ordinal);

            // The old run's build id belongs to the old run; plank stamps the new one when it starts the pod.
            labels.Remove(ProwJobLabels.BuildId);
            return factory.Create(ProwJson.Clone(old.Spec), labels, old.Metadata.Annotations?.AsReadOnly());
        }

        var (spec, jobLabels, jobAnnotations) = Latest(old);
        var merged = new Dictionary<string, string>(jobLabels ?? [], StringComparer.Ordinal);
        var annotations = new Dictionary<string, string>(jobAnnotations ?? [], StringComparer.Ordinal);
        foreach (var (key, value) in old.Metadata.Labels ?? new Dictionary<string, string>())
        {
            if (ComponentKeys.Contains(key))
            {
                merged[key] = value;
            }
        }

        foreach (var (key, value) in old.Metadata.Annotations ?? new Dictionary<string, string>())
        {
            if (ComponentKeys.Contains(key))
            {
                annotations[key] = value;
            }
        }

        return factory.Create(spec, merged, annotations);
    }

    private (ProwJobSpec Spec, Dictionary<string, string>? Labels, Dictionary<string, string>? Annotations) Latest(ProwJob old)
    {
        var config = options.Config();
        var name = old.Spec.Job ?? "";
        switch (old.Spec.Type)
        {
            case ProwJobType.Periodic:
                var periodic = config.AllPeriodics.FirstOrDefault(p => p.Name == name) ?? throw new RerunException($"failed to find associated periodic job \"{name}\"");
                return (ProwJobFactory.PeriodicSpec(periodic), periodic.Labels, periodic.Annotations);
            case ProwJobType.Presubmit:
                var (pre, preRefs) = Find(config.PresubmitsFor, old);
                return (ProwJobFactory.PresubmitSpec(pre, preRefs), pre.Labels, pre.Annotations);
            case ProwJobType.Postsubmit:
                var (post, postRefs) = Find(config.PostsubmitsFor, old);
                return (ProwJobFactory.PostsubmitSpec(post, postRefs), post.Labels, post.Annotations);
            default:
                throw new RerunException($"Could not create new prowjob: Invalid prowjob type: \"{old.Spec.Type.ToWire()}\"");
        }
    }

    private static (T Job, Refs Refs) Find<T>(Func<string, IReadOnlyList<T>> jobsFor, ProwJob old)
        where T : RepoJob
    {
        var refs = old.Spec.Refs;
        if (refs is null || refs.Org.Length == 0 || refs.Repo.Length == 0 || string.IsNullOrEmpty(refs.BaseRef))
        {
            throw new RerunException("Refs must be supplied with org, repo and baseRef");
        }

        var orgRepo = $"{refs.Org}/{refs.Repo}";
        var named = jobsFor(orgRepo).Where(j => j.Name == old.Spec.Job).ToList();
        var runnable = named.Where(j => j.CouldRun(refs.BaseRef)).ToList();
        return runnable.Count switch
        {
            1 => (runnable[0], refs),
            > 1 => throw new RerunException($"{old.Spec.Job} matches multiple prow jobs from orgRepo \"{orgRepo}\""),
            _ when named.Count > 0 => throw new RerunException($"found job \"{old.Spec.Job}\", but not allowed to run for orgRepo \"{orgRepo}\""),
            _ => throw new RerunException($"failed to find job \"{old.Spec.Job}\" for orgRepo \"{orgRepo}\""),
        };
    }
}
