using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Go's strconv float formatting of a non-negative finite value. .NET supplies correctly rounded
/// decimal digits ("R" for shortest round-trip, "E" for a fixed count); the layout rules are Go's:
/// %v/%g switch to an exponent below 1e-4 and from 1e+06 (shortest) or the precision, and the
/// exponent has at least two digits.
/// </summary>
internal static class GoFloatFormat
{
    public static string G(double value, int precision, bool is32)
    {
        var shortest = precision < 0;
        if (precision == 0)
        {
            precision = 1;
        }

        var (digits, point) = shortest ? Shortest(value, is32) : Rounded(value, precision);
        var exponentLimit = 6;
        if (shortest)
        {
            precision = digits.Length;
        }
        else
        {
            exponentLimit = precision > digits.Length && digits.Length >= point ? digits.Length : precision;
        }

        var exponent = point - 1;
        if (exponent < -4 || exponent >= exponentLimit)
        {
            return FormatE(digits, point, Math.Min(precision, digits.Length) - 1);
        }

        if (precision > point)
        {
            precision = digits.Length;
        }

        return FormatF(digits, point, Math.Max(precision - point, 0));
    }

    public static string E(double value, int precision)
    {
        var (digits, point) = Rounded(value, precision + 1);
        return FormatE(digits, point, precision);
    }

    public static string F(double value, int precision) =>
        value.ToString("F" + precision.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    // Digits without leading or trailing zeros, and where the decimal point goes: value = 0.DIGITS × 10^point.
    private static (string Digits, int Point) Shortest(double value, bool is32) =>
        Decompose(is32 ? ((float)value).ToString("R", CultureInfo.InvariantCulture) : value.ToString("R", CultureInfo.InvariantCulture));

    private static (string Digits, int Point) Rounded(double value, int significant) =>
        Decompose(value.ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));

    private static (string Digits, int Point) Decompose(string text)
    {
        var e = text.IndexOfAny(['E', 'e']);
        var exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? text : text[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var point = (dot < 0 ? mantissa.Length : dot) + exponent;
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var trimmed = digits.TrimStart('0');
        point -= digits.Length - trimmed.Length;
        trimmed = trimmed.TrimEnd('0');
        return trimmed.Length == 0 ? (string.Empty, 0) : (trimmed, point);
    }

    private static string FormatE(string digits, int point, int precision)
    {
        var sb = new StringBuilder(precision + 8);
        sb.Append(digits.Length > 0 ? digits[0] : '0');
        if (precision > 0)
        {
            sb.Append('.');
            for (var i = 1; i <= precision; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }

        var exponent = digits.Length == 0 ? 0 : point - 1;
        sb.Append('e').Append(exponent < 0 ? '-' : '+');
        exponent = Math.Abs(exponent);
        if (exponent < 10)
        {
            sb.Append('0');
        }

        return sb.Append(exponent).ToString();
    }

    private static string FormatF(string digits, int point, int precision)
    {
        var sb = new StringBuilder(Math.Max(point, 1) + precision + 1);
        if (point > 0)
        {
            for (var i = 0; i < point; i++)
            {
                sb.Append(i < digits.Length ? digits[i] : '0');
            }
        }
        else
        {
            sb.Append('0');
        }

        if (precision > 0)
        {
            sb.Append('.');
            for (var i = 0; i < precision; i++)
            {
                var j = point + i;
                sb.Append(j >= 0 && j < digits.Length ? digits[j] : '0');
            }
        }

        return sb.ToString();
    }
}
