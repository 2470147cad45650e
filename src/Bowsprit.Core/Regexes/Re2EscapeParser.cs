namespace Bowsprit.Core.Regexes;

/// <summary>
/// RE2's single-character escapes, valid both inside and outside classes: octal, hex, the C
/// escapes <c>\a \f \n \r \t \v</c> and any escaped ASCII punctuation. Everything else (notably
/// backreferences like <c>\1</c>, <c>\e</c>, <c>\Z</c>, <c>\G</c>, <c>\k</c>, and <c>\b</c> inside
/// a class) is an invalid escape, as in Go.
/// </summary>
internal static class Re2EscapeParser
{
    /// <summary>Parses the escape at <paramref name="pos"/> (a backslash) and moves past it.</summary>
    public static int Parse(string pattern, ref int pos)
    {
        var start = pos;
        var p = pos + 1;
        if (p >= pattern.Length)
        {
            throw new Re2SyntaxException(Re2ErrorCode.TrailingBackslash, "", pattern);
        }

        var c = Re2Text.ReadRune(pattern, p, out var width);
        p += width;
        int? rune = c switch
        {
            >= '1' and <= '7' when IsOctalAt(pattern, p) => ParseOctal(pattern, c, ref p),
            '0' => ParseOctal(pattern, c, ref p),
            'x' => ParseHex(pattern, ref p),
            'a' => '\a',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            < 0x80 when !Re2Text.IsAsciiAlphanumeric(c) => c,
            _ => null,
        };

        if (rune is not { } value)
        {
            throw new Re2SyntaxException(Re2ErrorCode.InvalidEscape, pattern[start..p], pattern);
        }

        pos = p;
        return value;
    }

    private static bool IsOctalAt(string pattern, int p) => p < pattern.Length && pattern[p] is >= '0' and <= '7';

    // A lone \1-\7 would be a backreference, so octal needs \0 or at least two digits; at most three are read.
    private static int ParseOctal(string pattern, int first, ref int p)
    {
        var value = first - '0';
        for (var i = 1; i < 3 && IsOctalAt(pattern, p); i++)
        {
            value = (value * 8) + (pattern[p] - '0');
            p++;
        }

        return value;
    }

    // \xHH (exactly two digits) or \x{H...} (at least one digit, at most U+10FFFF).
    private static int? ParseHex(string pattern, ref int p)
    {
        if (p >= pattern.Length)
        {
            return null;
        }

        var c = Re2Text.ReadRune(pattern, p, out var width);
        p += width;
        if (c != '{')
        {
            if (p >= pattern.Length)
            {
                return null;
            }

            var low = Re2Text.ReadRune(pattern, p, out width);
            p += width;
            var (x, y) = (HexValue(c), HexValue(low));
            return x < 0 || y < 0 ? null : (x * 16) + y;
        }

        var value = 0;
        var digits = 0;
        while (p < pattern.Length)
        {
            c = Re2Text.ReadRune(pattern, p, out width);
            p += width;
            if (c == '}')
            {
                return digits == 0 ? null : value;
            }

            var digit = HexValue(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 16) + digit;
            if (value > Re2Text.MaxRune)
            {
                return null;
            }

            digits++;
        }

        return null;
    }

    private static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
