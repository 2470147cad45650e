using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Go's fmt rules for integers (%d %x %o %b %c %q %U) and floats (%v %g %e %f).</summary>
internal static class GoNumberFormat
{
    public static bool IsIntegerVerb(char verb) => verb is 'v' or 'd' or 'b' or 'o' or 'O' or 'x' or 'X' or 'c' or 'q' or 'U';

    public static bool IsFloatVerb(char verb) => verb is 'v' or 'g' or 'G' or 'e' or 'E' or 'f' or 'F';

    public static void Integer(StringBuilder sb, bool negative, ulong magnitude, FormatSpec spec)
    {
        var codePoint = negative ? -1 : magnitude > int.MaxValue ? -1 : (long)magnitude;
        switch (spec.Verb)
        {
            case 'c':
                spec.Pad(sb, GoQuote.ToRune(codePoint).ToString());
                return;
            case 'q':
                spec.Pad(sb, GoQuote.Char(codePoint, asciiOnly: spec.Plus));
                return;
            case 'U':
                var unicode = "U+" + magnitude.ToString("X4", CultureInfo.InvariantCulture);
                if (spec.Sharp && codePoint >= 0 && GoQuote.IsPrint(GoQuote.ToRune(codePoint)))
                {
                    unicode += " '" + GoQuote.ToRune(codePoint) + "'";
                }

                spec.Pad(sb, unicode);
                return;
        }

        var radix = spec.Verb switch { 'b' => 2, 'o' or 'O' => 8, 'x' or 'X' => 16, _ => 10 };
        var digits = ToRadix(magnitude, radix, upper: spec.Verb == 'X');
        var precision = spec.Precision;
        if (precision == 0 && magnitude == 0)
        {
            spec.Zero = false;
            spec.Pad(sb, string.Empty);
            return;
        }

        if (precision < 0 && spec.Zero && spec.Width > 0)
        {
            // Go realizes zero padding as a precision that leaves room for the sign.
            precision = spec.Width - (negative || spec.Plus || spec.Space ? 1 : 0);
        }

        var text = new StringBuilder();
        text.Append(negative ? "-" : spec.Plus ? "+" : spec.Space ? " " : string.Empty);
        if (spec.Verb == 'O' || (spec.Sharp && spec.Verb != 'd' && spec.Verb != 'v'))
        {
            text.Append(spec.Verb switch { 'b' => "0b", 'o' when digits[0] != '0' && precision <= digits.Length => "0", 'O' => "0o", 'x' => "0x", 'X' => "0X", _ => string.Empty });
        }

        text.Append('0', Math.Max(precision - digits.Length, 0)).Append(digits);
        spec.Zero = false;
        spec.Pad(sb, text.ToString());
    }

    public static void Float(StringBuilder sb, double value, bool is32, FormatSpec spec)
    {
        var abs = Math.Abs(value);
        string body;
        if (double.IsNaN(value))
        {
            body = "NaN";
        }
        else if (double.IsInfinity(value))
        {
            body = "Inf";
        }
        else
        {
            body = spec.Verb switch
            {
                'v' => GoFloatFormat.G(abs, -1, is32),
                'g' or 'G' => GoFloatFormat.G(abs, spec.Precision, is32),
                'e' or 'E' => GoFloatFormat.E(abs, spec.Precision < 0 ? 6 : spec.Precision),
                _ => GoFloatFormat.F(abs, spec.Precision < 0 ? 6 : spec.Precision),
            };
            if (spec.Verb is 'E' or 'G')
            {
                body = body.ToUpperInvariant();
            }
        }

        // Go always signs infinity: %v of +Inf is "+Inf".
        var sign = double.IsNegative(value) && !double.IsNaN(value) ? "-"
            : spec.Plus || double.IsPositiveInfinity(value) ? "+"
            : spec.Space ? " "
            : string.Empty;
        if (spec.Zero && spec.Width > sign.Length + body.Length && double.IsFinite(value))
        {
            sb.Append(sign).Append('0', spec.Width - sign.Length - body.Length).Append(body);
            return;
        }

        spec.Zero = false;
        spec.Pad(sb, sign + body);
    }

    private static string ToRadix(ulong value, int radix, bool upper)
    {
        if (radix == 10)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        Span<char> buffer = stackalloc char[64];
        var i = buffer.Length;
        do
        {
            buffer[--i] = alphabet[(int)(value % (ulong)radix)];
            value /= (ulong)radix;
        }
        while (value != 0);
        return new string(buffer[i..]);
    }
}
