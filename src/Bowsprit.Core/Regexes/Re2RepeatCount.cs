namespace Bowsprit.Core.Regexes;

/// <summary>
/// Parses <c>{n}</c>, <c>{n,}</c> and <c>{n,m}</c>. Anything else starting with <c>{</c> is a
/// literal brace in RE2 (<c>a{,3}</c>, <c>{01}</c>, <c>x{</c>), which the caller must escape
/// because .NET reads some of those forms as counts.
/// </summary>
internal static class Re2RepeatCount
{
    /// <summary>
    /// Reads a count at <paramref name="pos"/> (a <c>{</c>). <paramref name="max"/> is -1 for
    /// <c>{n,}</c>; a number too large to hold yields a negative <paramref name="min"/>, which
    /// the caller reports as an invalid count.
    /// </summary>
    public static bool TryParse(string pattern, int pos, out int min, out int max, out int end)
    {
        max = 0;
        end = pos;
        var p = pos + 1;
        if (!TryParseInt(pattern, ref p, out min) || p >= pattern.Length)
        {
            return false;
        }

        if (pattern[p] != ',')
        {
            max = min;
        }
        else
        {
            p++;
            if (p >= pattern.Length)
            {
                return false;
            }

            if (pattern[p] == '}')
            {
                max = -1;
            }
            else if (!TryParseInt(pattern, ref p, out max))
            {
                return false;
            }
            else if (max < 0)
            {
                min = -1;
            }
        }

        if (p >= pattern.Length || pattern[p] != '}')
        {
            return false;
        }

        end = p + 1;
        return true;
    }

    // Leading zeros make the whole thing a literal, as in Go; huge values come back as -1.
    private static bool TryParseInt(string pattern, ref int p, out int value)
    {
        value = 0;
        if (p >= pattern.Length || !char.IsAsciiDigit(pattern[p]))
        {
            return false;
        }

        if (pattern[p] == '0' && p + 1 < pattern.Length && char.IsAsciiDigit(pattern[p + 1]))
        {
            return false;
        }

        for (; p < pattern.Length && char.IsAsciiDigit(pattern[p]); p++)
        {
            if (value >= 100_000_000)
            {
                value = -1;
            }
            else if (value >= 0)
            {
                value = (value * 10) + (pattern[p] - '0');
            }
        }

        return true;
    }
}
