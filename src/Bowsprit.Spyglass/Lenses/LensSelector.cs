using System.Text.RegularExpressions;
using Bowsprit.Core.Config.Sections;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>
/// Prow's rule for <c>deck.spyglass.lenses</c>: a lens shows when each of its <c>required_files</c> regexes matches
/// at least one artifact path (relative to the run directory; unanchored, as Go's MatchString); it then gets the
/// matching required and <c>optional_files</c> artifacts. Lenses keep the configured order. Without configuration
/// a default set is used, so a fresh install shows something useful.
/// </summary>
internal static class LensSelector
{
    public static readonly IReadOnlyList<LensFileConfig> Defaults =
    [
        Lens("metadata", [], [@"^(started|finished|prowjob|podinfo)\.json$"]),
        Lens("buildlog", [@"(^|/)build-log\.txt$"], []),
        Lens("junit", [@"^artifacts/(.*/)?junit[^/]*\.xml$"], []),
        Lens("links", [@"\.link\.txt$"], []),
    ];

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    public static IReadOnlyList<LensMatch> Select(IReadOnlyList<LensFileConfig>? configured, IReadOnlyList<string> files)
    {
        var lenses = configured is { Count: > 0 } ? configured : Defaults;
        var result = new List<LensMatch>();
        foreach (var lens in lenses)
        {
            if (string.IsNullOrEmpty(lens.Lens?.Name))
            {
                continue;
            }

            var matched = new SortedSet<string>(StringComparer.Ordinal);
            var allRequired = true;
            foreach (var pattern in lens.RequiredFiles ?? [])
            {
                var hits = Matching(pattern, files);
                if (hits.Count == 0)
                {
                    allRequired = false;
                    break;
                }

                matched.UnionWith(hits);
            }

            if (!allRequired)
            {
                continue;
            }

            foreach (var pattern in lens.OptionalFiles ?? [])
            {
                matched.UnionWith(Matching(pattern, files));
            }

            result.Add(new LensMatch(lens.Lens.Name, lens.Lens.Config, [.. matched]));
        }

        return result;
    }

    /// <summary>The configured buildlog lens's own config (highlight regexes), or null for the defaults.</summary>
    public static System.Text.Json.JsonElement? BuildLogConfig(IReadOnlyList<LensFileConfig>? configured) =>
        configured?.FirstOrDefault(static l => l.Lens?.Name == "buildlog")?.Lens?.Config;

    private static List<string> Matching(string pattern, IReadOnlyList<string> files)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return [];
        }

        return [.. files.Where(f =>
        {
            try
            {
                return regex.IsMatch(f);
            }
            catch (RegexMatchTimeoutException)
            {
                return false;
            }
        })];
    }

    private static LensFileConfig Lens(string name, List<string> required, List<string> optional) =>
        new() { Lens = new LensConfig { Name = name }, RequiredFiles = required, OptionalFiles = optional };
}
