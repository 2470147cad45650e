using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// The buildlog lens's <c>highlight_regexes</c>, joined with '|' as Prow does; Prow's own default list when the
/// lens config has none. Matched per line, so '^' anchors at the line start.
/// </summary>
internal static class HighlightRegexes
{
    public static readonly IReadOnlyList<string> Defaults =
    [
        "timed out",
        "ERROR:",
        @"(FAIL|Failure \[)\b",
        @"panic\b",
        @"^E\d{4} \d\d:\d\d:\d\d\.\d\d\d]",
    ];

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(250);

    public static string Pattern(JsonElement? lensConfig)
    {
        var configured = new List<string>();
        if (lensConfig is { ValueKind: JsonValueKind.Object } config &&
            config.TryGetProperty("highlight_regexes", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            configured.AddRange(list.EnumerateArray().Where(static e => e.ValueKind == JsonValueKind.String).Select(static e => e.GetString()!));
        }

        return string.Join('|', configured.Count > 0 ? configured : Defaults);
    }

    /// <summary>The compiled pattern, or null when it does not compile (then nothing is highlighted).</summary>
    public static Regex? Compile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.Compiled, MatchTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
