using System.Text;

namespace Bowsprit.Forge.Api.Search;

/// <summary>
/// GitHub's issue search syntax as Tide and the plugins use it: qualifiers (<c>is:</c>, <c>state:</c>,
/// <c>repo:</c>, <c>org:</c>, <c>label:</c>, <c>base:</c>, <c>head:</c>, <c>author:</c>, <c>milestone:</c>,
/// <c>review:</c>, <c>draft:</c>, <c>archived:</c>), each optionally negated with <c>-</c> and quoted, plus
/// free-text words matched against title and body.
/// </summary>
public sealed class IssueSearchQuery
{
    public List<(string Key, string Value, bool Negated)> Qualifiers { get; } = [];

    public List<string> Words { get; } = [];

    public static IssueSearchQuery Parse(string query)
    {
        var result = new IssueSearchQuery();
        foreach (var token in Tokenize(query))
        {
            var negated = token.StartsWith('-') && token.Contains(':', StringComparison.Ordinal);
            var text = negated ? token[1..] : token;
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                result.Qualifiers.Add((text[..colon].ToLowerInvariant(), Unquote(text[(colon + 1)..]), negated));
            }
            else
            {
                result.Words.Add(Unquote(text));
            }
        }

        return result;
    }

    /// <summary>Values of a qualifier; a comma inside one value means any of them (GitHub's label OR syntax).</summary>
    public IEnumerable<(string[] AnyOf, bool Negated)> All(string key) =>
        Qualifiers.Where(q => q.Key == key).Select(q => (q.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote).ToArray(), q.Negated));

    private static IEnumerable<string> Tokenize(string query)
    {
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in query)
        {
            if (c == '"')
            {
                quoted = !quoted;
                current.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (current.Length > 0)
                {
                    yield return current.ToString();
                    current.Clear();
                }
            }
            else
            {
                current.Append(c);
            }
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value.Trim('"');
}
