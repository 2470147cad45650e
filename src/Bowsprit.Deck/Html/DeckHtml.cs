using System.Globalization;
using System.Text.Encodings.Web;
using Bowsprit.Core.Api;

namespace Bowsprit.Deck.Html;

/// <summary>Encoding and small formatting helpers every page uses; nothing user-controlled reaches HTML unencoded.</summary>
public static class DeckHtml
{
    /// <summary>Text or attribute content, HTML-encoded.</summary>
    public static string E(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    /// <summary>One query-string value, URL-encoded (still pass the whole URL through <see cref="E"/>).</summary>
    public static string Q(string? value) => Uri.EscapeDataString(value ?? "");

    /// <summary>An href that may come from data (status.url, refs links): only http(s) and site-relative URLs survive.</summary>
    public static string? SafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return null;
        }

        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            return url;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url : null;
    }

    /// <summary>A link when the URL is safe, else plain text.</summary>
    public static string Link(string? url, string text, string? cssClass = null)
    {
        var safe = SafeUrl(url);
        var css = cssClass is null ? "" : $" class=\"{E(cssClass)}\"";
        return safe is null ? $"<span{css}>{E(text)}</span>" : $"<a href=\"{E(safe)}\"{css}>{E(text)}</a>";
    }

    /// <summary>A time element scripts may turn into local time; readable as UTC without them.</summary>
    public static string Time(DateTimeOffset? at)
    {
        if (at is not { } t || t == default)
        {
            return "";
        }

        var iso = t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        return $"<time datetime=\"{iso}\">{t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC</time>";
    }

    /// <summary>Prow's duration style: <c>1h2m3s</c>, <c>4m5s</c>, <c>6s</c>.</summary>
    public static string Duration(DateTimeOffset start, DateTimeOffset? end, DateTimeOffset now)
    {
        if (start == default)
        {
            return "";
        }

        var span = (end ?? now) - start;
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1 ? $"{(int)span.TotalHours}h{span.Minutes}m{span.Seconds}s"
            : span.TotalMinutes >= 1 ? $"{span.Minutes}m{span.Seconds}s"
            : $"{span.Seconds}s";
    }

    /// <summary>The state as an icon plus its name, so colour is never the only signal.</summary>
    public static string StateBadge(ProwJobState state)
    {
        var wire = state.ToWire();
        var glyph = state switch
        {
            ProwJobState.Success => "✔",
            ProwJobState.Failure => "✖",
            ProwJobState.Error => "!",
            ProwJobState.Aborted => "⊘",
            ProwJobState.Pending => "●",
            _ => "◌",
        };
        return $"<span class=\"state state-{wire}\" title=\"{wire}\"><span aria-hidden=\"true\">{glyph}</span> {wire}</span>";
    }

    public static string ShortSha(string? sha) => string.IsNullOrEmpty(sha) ? "" : sha.Length > 7 ? sha[..7] : sha;
}
