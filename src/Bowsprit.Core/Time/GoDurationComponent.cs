using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Time;

/// <summary>One <c>number[.fraction]unit</c> component of a Go duration, read exactly as Go reads it.</summary>
internal static class GoDurationComponent
{
    private const ulong MaxMagnitude = 1UL << 63;

    /// <summary>
    /// Reads one component from the front of <paramref name="s"/> as a nanosecond magnitude.
    /// </summary>
    /// <returns>Null on success, else Go's error message (which quotes <paramref name="original"/>).</returns>
    public static string? TryRead(ref ReadOnlySpan<char> s, string original, out ulong nanoseconds)
    {
        nanoseconds = 0;
        if (s[0] != '.' && !char.IsAsciiDigit(s[0]))
        {
            return GoDuration.Invalid(original);
        }

        var digitsBefore = s.Length;
        if (!TryReadInteger(ref s, out var whole))
        {
            return GoDuration.Invalid(original);
        }

        var hasWhole = s.Length != digitsBefore;
        ulong fraction = 0;
        var scale = 1.0;
        var hasFraction = false;
        if (!s.IsEmpty && s[0] == '.')
        {
            s = s[1..];
            var fractionStart = s.Length;
            ReadFraction(ref s, out fraction, out scale);
            hasFraction = s.Length != fractionStart;
        }

        if (!hasWhole && !hasFraction)
        {
            return GoDuration.Invalid(original);
        }

        var unitLength = 0;
        while (unitLength < s.Length && s[unitLength] != '.' && !char.IsAsciiDigit(s[unitLength]))
        {
            unitLength++;
        }

        if (unitLength == 0)
        {
            return "time: missing unit in duration " + Quote(original);
        }

        var unitText = s[..unitLength];
        s = s[unitLength..];
        if (UnitNanoseconds(unitText) is not { } unit)
        {
            return "time: unknown unit " + Quote(unitText.ToString()) + " in duration " + Quote(original);
        }

        if (whole > MaxMagnitude / unit)
        {
            return GoDuration.Invalid(original);
        }

        nanoseconds = whole * unit;
        if (fraction > 0)
        {
            // Go goes through float64 here (exact to the nanosecond for up to an hour's worth);
            // doing the same keeps results identical to Go's, including its rounding.
            nanoseconds += (ulong)(fraction * (unit / scale));
            if (nanoseconds > MaxMagnitude)
            {
                return GoDuration.Invalid(original);
            }
        }

        return null;
    }

    /// <summary>Go's <c>time</c> quoting: <c>"</c> and <c>\</c> escaped, bytes outside printable ASCII as <c>\xHH</c>.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in s.EnumerateRunes())
        {
            if (rune.Value is < ' ' or >= 0x80)
            {
                var length = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..length])
                {
                    sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
                }
            }
            else
            {
                if (rune.Value is '"' or '\\')
                {
                    sb.Append('\\');
                }

                sb.Append((char)rune.Value);
            }
        }

        return sb.Append('"').ToString();
    }

    private static ulong? UnitNanoseconds(ReadOnlySpan<char> unit) => unit switch
    {
        "ns" => 1,
        "us" or "\u00B5s" or "\u03BCs" => 1_000,
        "ms" => 1_000_000,
        "s" => 1_000_000_000,
        "m" => 60_000_000_000,
        "h" => 3_600_000_000_000,
        _ => null,
    };

    private static bool TryReadInteger(ref ReadOnlySpan<char> s, out ulong value)
    {
        value = 0;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (value > MaxMagnitude / 10)
            {
                return false;
            }

            value = (value * 10) + (ulong)(s[i] - '0');
            if (value > MaxMagnitude)
            {
                return false;
            }
        }

        s = s[i..];
        return true;
    }

    // Digits past what fits are consumed but ignored, as in Go.
    private static void ReadFraction(ref ReadOnlySpan<char> s, out ulong value, out double scale)
    {
        value = 0;
        scale = 1;
        var overflow = false;
        var i = 0;
        for (; i < s.Length && char.IsAsciiDigit(s[i]); i++)
        {
            if (overflow)
            {
                continue;
            }

            var next = (value * 10) + (ulong)(s[i] - '0');
            if (value > (MaxMagnitude - 1) / 10 || next > MaxMagnitude)
            {
                overflow = true;
                continue;
            }

            value = next;
            scale *= 10;
        }

        s = s[i..];
    }
}
