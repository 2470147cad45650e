using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>An equality label selector plus optional type and state filters.</summary>
public sealed record ProwJobQuery
{
    public static ProwJobQuery All { get; } = new();

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    public ProwJobType? Type { get; init; }

    /// <summary>Only incomplete (triggered, pending, scheduling) jobs when true; only complete ones when false.</summary>
    public bool? Incomplete { get; init; }

    public bool Matches(ProwJob job)
    {
        foreach (var (key, value) in Labels)
        {
            if (job.Metadata.Labels is null || !job.Metadata.Labels.TryGetValue(key, out var actual) || actual != value)
            {
                return false;
            }
        }

        return (Type is null || job.Spec.Type == Type) && (Incomplete is null || Incomplete == !job.Status.State.IsComplete());
    }
}
