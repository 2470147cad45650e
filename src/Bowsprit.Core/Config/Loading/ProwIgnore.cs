using System.Text;
using System.Text.RegularExpressions;

namespace Bowsprit.Core.Config.Loading;

/// <summary>
/// The subset of gitignore syntax a <c>.prowignore</c> uses: globs (<c>*</c>, <c>?</c>, <c>**</c>, classes),
/// leading <c>/</c> anchoring, trailing <c>/</c> for directories, <c>!</c> negation and comments.
/// </summary>
internal sealed class ProwIgnore
{
    private readonly List<(Regex Pattern, bool Negated, bool DirectoryOnly)> _rules;

    private ProwIgnore(List<(Regex, bool, bool)> rules) => _rules = rules;

    public static ProwIgnore Load(string path)
    {
        var rules = new List<(Regex, bool, bool)>();
        if (File.Exists(path))
        {
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.TrimEnd();
                if (line.Length == 0 || line.StartsWith('#'))
                {
                    continue;
                }

                var negated = line.StartsWith('!');
                if (negated)
                {
                    line = line[1..];
                }

                var directoryOnly = line.EndsWith('/');
                line = line.TrimEnd('/');
                var anchored = line.Contains('/', StringComparison.Ordinal);
                line = line.TrimStart('/');
                rules.Add((new Regex(ToRegex(line, anchored), RegexOptions.CultureInvariant), negated, directoryOnly));
            }
        }

        return new ProwIgnore(rules);
    }

    public bool IsIgnored(string relativePath, bool isDirectory)
    {
        var ignored = false;
        foreach (var (pattern, negated, directoryOnly) in _rules)
        {
            if ((!directoryOnly || isDirectory) && pattern.IsMatch(relativePath))
            {
                ignored = !negated;
            }
        }

        return ignored;
    }

    private static string ToRegex(string glob, bool anchored)
    {
        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                sb.Append(".*");
                i++;
                if (i + 1 < glob.Length && glob[i + 1] == '/')
                {
                    i++;
                    sb.Append("/?");
                }
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '[')
            {
                var end = glob.IndexOf(']', i + 1);
                if (end < 0)
                {
                    sb.Append(@"\[");
                }
                else
                {
                    sb.Append('[').Append(glob[(i + 1)..end].Replace("!", "^", StringComparison.Ordinal)).Append(']');
                    i = end;
                }
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return sb.Append('$').ToString();
    }
}
