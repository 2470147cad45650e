using System.Text;
using System.Text.RegularExpressions;

namespace Bowsprit.Plugins.Size;

/// <summary>
/// Git's wildmatch patterns (as in .gitattributes) translated to regexes: a pattern without a slash matches a file
/// name at any depth; with one it is relative to the repository root; <c>**</c> crosses directories.
/// </summary>
internal static class GitPattern
{
    public static Regex ToRegex(string pattern)
    {
        var anchored = pattern.TrimEnd('/').Contains('/', StringComparison.Ordinal);
        var p = pattern.TrimStart('/');
        var sb = new StringBuilder(anchored ? "^" : "^(?:.*/)?");
        for (var i = 0; i < p.Length; i++)
        {
            var c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                var atStart = i == 0 || p[i - 1] == '/';
                var slashAfter = i + 2 < p.Length && p[i + 2] == '/';
                if (atStart && slashAfter)
                {
                    sb.Append("(?:.*/)?");      // "**/": zero or more directories
                    i += 2;
                }
                else
                {
                    sb.Append(".*");            // "/**" at the end: everything inside
                    i++;
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
            else if (c == '[' && p.IndexOf(']', i + 1) is var close and > 0)
            {
                var set = p[(i + 1)..close];
                sb.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set[1..]) : Regex.Escape(set)).Append(']');
                i = close;
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }

        return new Regex(sb.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }
}
