using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Regexes;

/// <summary>
/// Writes single code points into .NET pattern text. Everything that .NET could read as syntax
/// is escaped (including <c>#</c> and space, which only matter under x-mode, so the output
/// stays literal whatever options it is later used with); anything outside printable ASCII is
/// written as <c>\uXXXX</c> so translated patterns are unambiguous to read.
/// </summary>
internal static class Re2Literal
{
    private const string SpecialOutsideClass = "\\*+?|{}[]()^$.# ";
    private const string SpecialInsideClass = "\\[]^-";

    /// <summary>Appends a literal outside a class; a supplementary code point becomes a surrogate pair.</summary>
    public static void Append(StringBuilder sb, int rune)
    {
        if (rune > 0xFFFF)
        {
            var text = char.ConvertFromUtf32(rune);
            AppendEscaped(sb, text[0]);
            AppendEscaped(sb, text[1]);
            return;
        }

        var c = (char)rune;
        if (IsPrintableAscii(c))
        {
            if (SpecialOutsideClass.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
            return;
        }

        AppendEscaped(sb, c);
    }

    /// <summary>Appends one UTF-16 code unit as a class member.</summary>
    public static void AppendInClass(StringBuilder sb, char c)
    {
        if (IsPrintableAscii(c))
        {
            if (SpecialInsideClass.Contains(c, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(c);
            return;
        }

        AppendEscaped(sb, c);
    }

    private static bool IsPrintableAscii(char c) => c is >= ' ' and <= '~';

    private static void AppendEscaped(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
