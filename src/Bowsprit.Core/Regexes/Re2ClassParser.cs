namespace Bowsprit.Core.Regexes;

/// <summary>
/// Parses a bracketed class the way RE2 does: <c>]</c> is literal first, <c>-</c> is literal
/// anywhere it cannot form a range, <c>[</c> is literal unless it starts a POSIX class, and
/// members may be Perl classes, <c>\p</c> classes or single-character escapes.
/// </summary>
internal static class Re2ClassParser
{
    /// <summary>Parses the class at <paramref name="pos"/> (a <c>[</c>) and moves past its <c>]</c>.</summary>
    public static Re2CharClass Parse(string pattern, ref int pos)
    {
        var start = pos;
        var p = pos + 1;
        var result = new Re2CharClass();
        if (p < pattern.Length && pattern[p] == '^')
        {
            result.Negated = true;
            p++;
        }

        var first = true;
        while (p >= pattern.Length || pattern[p] != ']' || first)
        {
            first = false;
            if (TryParsePosix(pattern, ref p, result))
            {
                continue;
            }

            if (p + 1 < pattern.Length && pattern[p] == '\\' && pattern[p + 1] is 'p' or 'P')
            {
                Re2UnicodeClasses.Parse(pattern, ref p, result);
                continue;
            }

            if (p + 1 < pattern.Length && pattern[p] == '\\'
                && Re2AsciiClasses.TryGetPerl(pattern[p + 1], out var perl, out var negated))
            {
                result.AddRanges(perl, negated);
                p += 2;
                continue;
            }

            var rangeStart = p;
            var lo = ParseMember(pattern, ref p, start);
            var hi = lo;
            if (p + 1 < pattern.Length && pattern[p] == '-' && pattern[p + 1] != ']')
            {
                p++;
                hi = ParseMember(pattern, ref p, start);
                if (hi < lo)
                {
                    throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, pattern[rangeStart..p], pattern);
                }
            }

            result.AddRange(lo, hi);
        }

        pos = p + 1;
        return result;
    }

    private static bool TryParsePosix(string pattern, ref int p, Re2CharClass result)
    {
        if (p + 2 >= pattern.Length || pattern[p] != '[' || pattern[p + 1] != ':')
        {
            return false;
        }

        var close = pattern.IndexOf(":]", p + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            return false;
        }

        var name = pattern[(p + 2)..close];
        var negated = name.StartsWith('^');
        if (!Re2AsciiClasses.TryGetPosix(negated ? name[1..] : name, out var ranges))
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidCharRange, pattern[p..(close + 2)], pattern);
        }

        result.AddRanges(ranges, negated);
        p = close + 2;
        return true;
    }

    private static int ParseMember(string pattern, ref int p, int classStart)
    {
        if (p >= pattern.Length)
        {
            throw new Re2SyntaxException(Re2ErrorCode.MissingBracket, pattern[classStart..], pattern);
        }

        if (pattern[p] == '\\')
        {
            return Re2EscapeParser.Parse(pattern, ref p);
        }

        var rune = Re2Text.ReadRune(pattern, p, out var width);
        p += width;
        return rune;
    }
}
