using System.Buffers;
using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>The html, js and urlquery template functions, escaping exactly the characters Go escapes.</summary>
internal static class GoEscapers
{
    private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("<>&'\"\0");

    public static string Html(string s)
    {
        if (s.AsSpan().IndexOfAny(HtmlSpecial) < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\'' => "&#39;",
                '"' => "&#34;",
                '\0' => "\uFFFD",
                _ => null,
            } ?? c.ToString());
        }

        return sb.ToString();
    }

    public static string Js(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        foreach (var rune in s.EnumerateRunes())
        {
            var value = rune.Value;
            switch (value)
            {
                case '\\': sb.Append(@"\\"); continue;
                case '\'': sb.Append(@"\'"); continue;
                case '"': sb.Append("\\\""); continue;
                case '<': sb.Append(@"\u003C"); continue;
                case '>': sb.Append(@"\u003E"); continue;
                case '&': sb.Append(@"\u0026"); continue;
                case '=': sb.Append(@"\u003D"); continue;
            }

            if (value < ' ')
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{value:X4}");
            }
            else if (value < 0x80 || GoQuote.IsPrint(rune))
            {
                sb.Append(rune.ToString());
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{value:X4}");
            }
        }

        return sb.ToString();
    }

    // url.QueryEscape: unreserved characters stay, space becomes '+', every other UTF-8 byte is %XX.
    public static string UrlQuery(string s)
    {
        var sb = new StringBuilder(s.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
            {
                sb.Append((char)b);
            }
            else if (b == ' ')
            {
                sb.Append('+');
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"%{b:X2}");
            }
        }

        return sb.ToString();
    }
}
