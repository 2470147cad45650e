namespace Bowsprit.Core.Config.Sections;

/// <summary>Prow's literal matching of <c>repo</c>/<c>cluster</c> fields in default entries.</summary>
internal static class ScopeMatch
{
    public static bool Repo(string? pattern, string orgRepo)
    {
        if (string.IsNullOrEmpty(pattern) || pattern == "*")
        {
            return true;
        }

        if (pattern == orgRepo)
        {
            return true;
        }

        var slash = orgRepo.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && !pattern.Contains('/', StringComparison.Ordinal) && orgRepo.AsSpan(0, slash).SequenceEqual(pattern);
    }

    public static bool Cluster(string? pattern, string cluster) =>
        string.IsNullOrEmpty(pattern) || pattern == "*" || pattern == cluster;
}
