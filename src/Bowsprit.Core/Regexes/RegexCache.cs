using System.Text.RegularExpressions;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// Prepares each distinct RE2 pattern once per config load. Translation (which finds every syntax error)
/// happens at once; building the .NET <see cref="Regex"/> waits until the first match, because a config holds
/// thousands of patterns and most are never used by a given component.
/// </summary>
public sealed class RegexCache
{
    private readonly Dictionary<string, Lazy<Regex>> _prepared = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Throws <see cref="Re2SyntaxException"/> when Go would reject <paramref name="pattern"/>.</summary>
    public Lazy<Regex> Prepare(string pattern)
    {
        lock (_gate)
        {
            if (!_prepared.TryGetValue(pattern, out var regex))
            {
                var translated = Re2.Translate(pattern);
                regex = new Lazy<Regex>(() => new Regex(translated, RegexOptions.CultureInvariant));
                _prepared[pattern] = regex;
            }

            return regex;
        }
    }
}
