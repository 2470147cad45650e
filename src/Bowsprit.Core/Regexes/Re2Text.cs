namespace Bowsprit.Core.Regexes;

/// <summary>Code point access to a UTF-16 pattern, with Go's view of malformed text.</summary>
internal static class Re2Text
{
    public const int MaxRune = 0x10FFFF;

    /// <summary>
    /// Reads the code point at <paramref name="index"/>. A lone surrogate is what Go would
    /// see as invalid UTF-8, so it is rejected the way <c>regexp.Compile</c> rejects bad bytes.
    /// </summary>
    public static int ReadRune(string pattern, int index, out int width)
    {
        var c = pattern[index];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return c;
        }

        if (char.IsHighSurrogate(c) && index + 1 < pattern.Length && char.IsLowSurrogate(pattern[index + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, pattern[index + 1]);
        }

        throw new Re2SyntaxException(Re2ErrorCode.InvalidUtf8, pattern[index..], pattern);
    }

    /// <summary>Rejects lone surrogates in a slice that is taken whole rather than read rune by rune.</summary>
    public static void EnsureValid(string pattern, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = pattern[i];
            if (!char.IsSurrogate(c))
            {
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(pattern[i + 1]))
            {
                i += 2;
            }
            else
            {
                throw new Re2SyntaxException(Re2ErrorCode.InvalidUtf8, pattern[i..end], pattern);
            }
        }
    }

    public static bool IsAsciiAlphanumeric(int c) => c < 0x80 && char.IsAsciiLetterOrDigit((char)c);
}
