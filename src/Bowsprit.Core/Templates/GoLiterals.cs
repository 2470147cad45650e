using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Decodes Go string, character and number literals the way Go's strconv does.</summary>
internal static class GoLiterals
{
    /// <summary>Decodes a "..." or `...` literal; returns null when an escape is malformed.</summary>
    public static string? Unquote(string literal)
    {
        if (literal[0] == '`')
        {
            // Go drops carriage returns from raw strings.
            return literal[1..^1].Replace("\r", string.Empty, StringComparison.Ordinal);
        }

        var body = literal.AsSpan(1, literal.Length - 2);
        if (!body.Contains('\\'))
        {
            return body.ToString();
        }

        var sb = new StringBuilder(body.Length);
        List<byte>? bytes = null;
        for (var i = 0; i < body.Length;)
        {
            if (body[i] != '\\')
            {
                Flush(sb, ref bytes);
                sb.Append(body[i++]);
                continue;
            }

            if (!TryDecodeEscape(body, ref i, '"', out var rune, out var isByte))
            {
                return null;
            }

            if (isByte)
            {
                (bytes ??= []).Add((byte)rune);
            }
            else
            {
                Flush(sb, ref bytes);
                sb.Append(char.ConvertFromUtf32(rune));
            }
        }

        Flush(sb, ref bytes);
        return sb.ToString();
    }

    /// <summary>Decodes a '...' literal to its code point; returns null when malformed.</summary>
    public static long? UnquoteChar(string literal)
    {
        var body = literal.AsSpan(1, literal.Length - 2);
        if (body.IsEmpty)
        {
            return null;
        }

        var i = 0;
        int rune;
        if (body[0] == '\\')
        {
            if (!TryDecodeEscape(body, ref i, '\'', out rune, out _))
            {
                return null;
            }
        }
        else if (Rune.DecodeFromUtf16(body, out var decoded, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            rune = decoded.Value;
            i = consumed;
        }
        else
        {
            return null;
        }

        return i == body.Length ? rune : null;
    }

    /// <summary>Parses a number token to a long (Go int) or double (Go float64), or returns an error message.</summary>
    public static object ParseNumber(string text, out string? error)
    {
        error = null;
        var s = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var negative = s.StartsWith('-');
        var digits = s.TrimStart('+', '-');
        if (digits.EndsWith('i'))
        {
            error = "not supported by Bowsprit: complex number " + text;
            return 0L;
        }

        var radix = 10;
        if (digits.Length > 1 && digits[0] == '0' && char.IsAsciiLetter(digits[1]))
        {
            radix = char.ToLowerInvariant(digits[1]) switch { 'x' => 16, 'o' => 8, 'b' => 2, _ => 0 };
            digits = digits[2..];
            if (radix == 16 && digits.AsSpan().IndexOfAny('.', 'p', 'P') >= 0)
            {
                error = "not supported by Bowsprit: hexadecimal floating-point number " + text;
                return 0L;
            }
        }
        else if (digits.AsSpan().IndexOfAny(".eE") >= 0)
        {
            if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var f))
            {
                return f;
            }

            error = $"bad number syntax: {GoQuote.String(text, asciiOnly: false)}";
            return 0L;
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            radix = 8;
        }

        if (radix == 0 || digits.Length == 0 || !TryParseUnsigned(digits, radix, out var magnitude))
        {
            error = $"bad number syntax: {GoQuote.String(text, asciiOnly: false)}";
            return 0L;
        }

        if (magnitude > (negative ? 1UL << 63 : long.MaxValue))
        {
            error = text + " overflows int";
            return 0L;
        }

        return negative ? (long)(0UL - magnitude) : (long)magnitude;
    }

    private static bool TryParseUnsigned(string digits, int radix, out ulong value)
    {
        value = 0;
        foreach (var c in digits)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix)
            {
                return false;
            }

            var next = (value * (ulong)radix) + (ulong)d;
            if ((next - (ulong)d) / (ulong)radix != value)
            {
                value = ulong.MaxValue;
                return true;
            }

            value = next;
        }

        return true;
    }

    private static bool TryDecodeEscape(ReadOnlySpan<char> s, ref int i, char quote, out int rune, out bool isByte)
    {
        rune = 0;
        isByte = false;
        if (i + 1 >= s.Length)
        {
            return false;
        }

        var c = s[i + 1];
        i += 2;
        switch (c)
        {
            case 'a': rune = '\a'; return true;
            case 'b': rune = '\b'; return true;
            case 'f': rune = '\f'; return true;
            case 'n': rune = '\n'; return true;
            case 'r': rune = '\r'; return true;
            case 't': rune = '\t'; return true;
            case 'v': rune = '\v'; return true;
            case '\\': rune = '\\'; return true;
            case '\'' or '"':
                rune = c;
                return c == quote;
            case 'x':
                isByte = true;
                return TryReadDigits(s, ref i, 2, 16, out rune);
            case 'u':
                return TryReadDigits(s, ref i, 4, 16, out rune) && Rune.IsValid(rune);
            case 'U':
                return TryReadDigits(s, ref i, 8, 16, out rune) && Rune.IsValid(rune);
            case >= '0' and <= '7':
                i--;
                isByte = true;
                return TryReadDigits(s, ref i, 3, 8, out rune) && rune <= 255;
            default:
                return false;
        }
    }

    private static bool TryReadDigits(ReadOnlySpan<char> s, ref int i, int count, int radix, out int value)
    {
        value = 0;
        if (i + count > s.Length)
        {
            return false;
        }

        for (var k = 0; k < count; k++, i++)
        {
            var c = s[i];
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= radix)
            {
                return false;
            }

            value = (value * radix) + d;
        }

        return true;
    }

    // Go strings are bytes; \x and octal escapes may spell UTF-8 sequences byte by byte.
    private static void Flush(StringBuilder sb, ref List<byte>? bytes)
    {
        if (bytes is { Count: > 0 })
        {
            sb.Append(Encoding.UTF8.GetString([.. bytes]));
            bytes.Clear();
        }
    }
}
