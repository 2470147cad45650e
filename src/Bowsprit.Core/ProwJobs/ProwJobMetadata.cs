using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>The labels and annotations Prow stamps on a ProwJob (and its pod) from the spec.</summary>
public static class ProwJobMetadata
{
    /// <summary>
    /// Base labels from the spec (type, job, context, refs), then <paramref name="extraLabels"/> over them; any
    /// value that is not a valid label becomes its path basename or is dropped. Job name and context are also
    /// kept in full as annotations, since labels stop at 63 characters.
    /// </summary>
    public static (Dictionary<string, string> Labels, Dictionary<string, string> Annotations) For(
        ProwJobSpec spec,
        IReadOnlyDictionary<string, string>? extraLabels = null,
        IReadOnlyDictionary<string, string>? extraAnnotations = null)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [ProwJobLabels.CreatedByProw] = "true",
            [ProwJobLabels.Type] = spec.Type.ToWire(),
        };
        var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(spec.Job))
        {
            labels[ProwJobLabels.Job] = LabelValues.Truncate(spec.Job);
            annotations[ProwJobLabels.Job] = spec.Job;
        }

        if (!string.IsNullOrEmpty(spec.Context))
        {
            labels[ProwJobLabels.Context] = LabelValues.Truncate(spec.Context);
            annotations[ProwJobLabels.Context] = spec.Context;
        }

        if (spec.MainRefs is { } refs)
        {
            labels[ProwJobLabels.Org] = refs.Org;
            labels[ProwJobLabels.Repo] = refs.Repo;
            labels[ProwJobLabels.BaseRef] = refs.BaseRef ?? "";
            if (refs.Pulls is { Count: > 0 } pulls)
            {
                labels[ProwJobLabels.Pull] = pulls[0].Number.ToString(CultureInfo.InvariantCulture);
            }
        }

        foreach (var (key, value) in extraLabels ?? new Dictionary<string, string>())
        {
            labels[key] = value;
        }

        foreach (var (key, value) in extraAnnotations ?? new Dictionary<string, string>())
        {
            annotations[key] = value;
        }

        foreach (var key in labels.Keys.ToList())
        {
            if (LabelValues.Sanitize(labels[key]) is { } valid)
            {
                labels[key] = valid;
            }
            else
            {
                labels.Remove(key);
            }
        }

        return (labels, annotations);
    }
}
