using System.Text;

namespace Bowsprit.Spyglass;

/// <summary>HTML escaping for text and attribute values; everything spyglass renders from artifacts goes through it.</summary>
internal static class Html
{
    public static StringBuilder AppendEncoded(this StringBuilder html, ReadOnlySpan<char> text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is not null)
            {
                html.Append(text[start..i]).Append(entity);
                start = i + 1;
            }
        }

        return html.Append(text[start..]);
    }

    public static StringBuilder AppendEncoded(this StringBuilder html, string? text) => html.AppendEncoded(text.AsSpan());

    public static string Encode(string? text) => new StringBuilder().AppendEncoded(text).ToString();

    /// <summary>Only http(s) URLs become links: refs and link files come from job specs and job output.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A link when <paramref name="url"/> is safe, otherwise just the text.</summary>
    public static StringBuilder AppendLink(this StringBuilder html, string? url, string text)
    {
        if (!IsSafeUrl(url))
        {
            return html.AppendEncoded(text);
        }

        return html.Append("<a href=\"").AppendEncoded(url).Append("\">").AppendEncoded(text).Append("</a>");
    }

    /// <summary>Encodes each '/'-separated segment of a key for use in a URL path.</summary>
    public static string PathEscape(string key) => string.Join('/', key.Split('/').Select(Uri.EscapeDataString));
}
