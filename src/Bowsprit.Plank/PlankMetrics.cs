using Bowsprit.Core.Api;
using Prometheus;

namespace Bowsprit.Plank;

/// <summary>plank's Prometheus metrics under Prow's names, in a registry owned by this instance (no global state).</summary>
public sealed class PlankMetrics
{
    private static readonly string[] Labels = ["job_namespace", "job_name", "type", "state", "org", "repo", "base_ref", "cluster", "retest"];

    public PlankMetrics()
    {
        Registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(Registry);
        ProwJobs = factory.CreateGauge("prowjobs", "ProwJobs that exist, by job, type, state and repository.", Labels);
        Transitions = factory.CreateCounter("prowjob_state_transitions", "State changes made by plank, by job, type, new state and repository.", Labels);
    }

    public CollectorRegistry Registry { get; }

    public Gauge ProwJobs { get; }

    public Counter Transitions { get; }

    public void CountTransition(ProwJob job, ProwJobState state) => Transitions.WithLabels(LabelValues(job, state)).Inc();

    /// <summary>Replaces every <c>prowjobs</c> series with counts over <paramref name="jobs"/>, so series of vanished jobs disappear.</summary>
    public void SetJobs(IEnumerable<ProwJob> jobs)
    {
        var counts = jobs
            .GroupBy(static j => LabelValues(j, j.Status.State), StringArrayComparer.Instance)
            .ToDictionary(static g => g.Key, static g => g.Count(), StringArrayComparer.Instance);
        foreach (var stale in ProwJobs.GetAllLabelValues().Where(v => !counts.ContainsKey(v)).ToList())
        {
            ProwJobs.RemoveLabelled(stale);
        }

        foreach (var (labels, count) in counts)
        {
            ProwJobs.WithLabels(labels).Set(count);
        }
    }

    private static string[] LabelValues(ProwJob job, ProwJobState state)
    {
        var refs = job.Spec.MainRefs;
        var retest = job.Metadata.Labels is { } labels && labels.TryGetValue(ProwJobLabels.Retest, out var value) ? value : "";
        return
        [
            job.Metadata.NamespaceProperty ?? "", job.Spec.Job ?? "", job.Spec.Type.ToWire(), state.ToWire(),
            refs?.Org ?? "", refs?.Repo ?? "", refs?.BaseRef ?? "", job.Spec.Cluster ?? "", retest,
        ];
    }

    private sealed class StringArrayComparer : IEqualityComparer<string[]>
    {
        public static readonly StringArrayComparer Instance = new();

        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(string[] obj)
        {
            var hash = new HashCode();
            foreach (var value in obj)
            {
                hash.Add(value, StringComparer.Ordinal);
            }

            return hash.ToHashCode();
        }
    }
}
