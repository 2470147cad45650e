using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Validation;

/// <summary>Kubernetes label and annotation syntax, plus the keys Prow reserves for itself.</summary>
internal static class LabelRules
{
    public static void CheckJobLabels(JobBase job, ConfigDiagnostics diagnostics)
    {
        foreach (var (key, value) in job.Labels ?? [])
        {
            if (ProwJobLabels.Reserved.Contains(key))
            {
                diagnostics.Error(job.LocationOf("labels"), job.DisplayName, "labels", $"label {key} is reserved for Prow");
            }
            else if (!IsQualifiedName(key))
            {
                diagnostics.Error(job.LocationOf("labels"), job.DisplayName, "labels", $"label key \"{key}\" is not a valid qualified name");
            }
            else if (!LabelValues.IsValid(value))
            {
                diagnostics.Error(job.LocationOf("labels"), job.DisplayName, "labels",
                    $"label {key} has invalid value \"{value}\" (at most 63 of [A-Za-z0-9_.-], alphanumeric at both ends)");
            }
        }

        foreach (var key in (job.Annotations ?? []).Keys)
        {
            if (!IsQualifiedName(key))
            {
                diagnostics.Error(job.LocationOf("annotations"), job.DisplayName, "annotations", $"annotation key \"{key}\" is not a valid qualified name");
            }
        }
    }

    /// <summary>An optional DNS-subdomain prefix and <c>/</c>, then a name of at most 63 characters.</summary>
    public static bool IsQualifiedName(string key)
    {
        var slash = key.LastIndexOf('/');
        var name = slash >= 0 ? key[(slash + 1)..] : key;
        if (slash >= 0)
        {
            var prefix = key[..slash];
            if (prefix.Length is 0 or > 253 || !prefix.Split('.').All(IsDnsLabel))
            {
                return false;
            }
        }

        return name.Length is > 0 and <= LabelValues.MaxLength && LabelValues.IsValid(name);
    }

    private static bool IsDnsLabel(string part) =>
        part.Length is > 0 and <= 63 && char.IsAsciiLetterLower(part[0]) | char.IsAsciiDigit(part[0]) &&
        (char.IsAsciiLetterLower(part[^1]) || char.IsAsciiDigit(part[^1])) &&
        part.All(static c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
