using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Go's strconv quoting (%q, error messages) and unicode.IsPrint.</summary>
internal static class GoQuote
{
    public static string String(string s, bool asciiOnly)
    {
        var sb = new StringBuilder(s.Length + 2);
        sb.Append('"');
        foreach (var rune in s.EnumerateRunes())
        {
            AppendEscaped(sb, rune, '"', asciiOnly);
        }

        return sb.Append('"').ToString();
    }

    public static string Char(long codePoint, bool asciiOnly)
    {
        var rune = ToRune(codePoint);
        var sb = new StringBuilder(8).Append('\'');
        AppendEscaped(sb, rune, '\'', asciiOnly);
        return sb.Append('\'').ToString();
    }

    /// <summary>Go's %#U form of a character, used in lexer errors: <c>U+0023 '#'</c>.</summary>
    public static string RuneName(char c) =>
        IsPrint(new Rune(char.IsSurrogate(c) ? '\uFFFD' : c))
            ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4} '{c}'")
            : string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");

    /// <summary>Whether Go's unicode.IsPrint holds: letters, marks, numbers, punctuation, symbols and ASCII space.</summary>
    public static bool IsPrint(Rune rune)
    {
        if (rune.Value == ' ')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }

    public static Rune ToRune(long codePoint) =>
        codePoint is >= 0 and <= 0x10FFFF && Rune.IsValid((int)codePoint) ? new Rune((int)codePoint) : Rune.ReplacementChar;

    private static void AppendEscaped(StringBuilder sb, Rune rune, char quote, bool asciiOnly)
    {
        var value = rune.Value;
        if (value == quote || value == '\\')
        {
            sb.Append('\\').Append((char)value);
            return;
        }

        if (asciiOnly ? value < 0x80 && IsPrint(rune) : IsPrint(rune))
        {
            sb.Append(rune.ToString());
            return;
        }

        switch (value)
        {
            case '\a': sb.Append("\\a"); return;
            case '\b': sb.Append("\\b"); return;
            case '\f': sb.Append("\\f"); return;
            case '\n': sb.Append("\\n"); return;
            case '\r': sb.Append("\\r"); return;
            case '\t': sb.Append("\\t"); return;
            case '\v': sb.Append("\\v"); return;
        }

        if (value < ' ' || value == 0x7F)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\x{value:x2}");
        }
        else if (value < 0x10000)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\u{value:x4}");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"\\U{value:x8}");
        }
    }
}
