using System.Text;
using Bowsprit.Deck.Auth;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Html;

/// <summary>
/// The page chrome every deck page (and spyglass) shares: header navigation, who is signed in, the stylesheet
/// and the small script. Callers pass an HTML body they built with <see cref="DeckHtml.E"/>; the title is encoded here.
/// </summary>
public sealed class DeckPage(DeckOptions options)
{
    public const string StylesheetPath = "/static/deck.css";
    public const string ScriptPath = "/static/deck.js";

    private static readonly (string Href, string Label, string Key)[] Nav =
    [
        ("/", "Jobs", "jobs"),
        ("/pr", "PR status", "pr"),
        ("/tide", "Tide", "tide"),
        ("/command-help", "Command help", "command-help"),
        ("/plugins", "Plugins", "plugins"),
        ("/configured-jobs/", "Config", "config"),
    ];

    /// <summary>A whole page without request context (no sign-in box).</summary>
    public string Render(string title, string bodyHtml, string? active = null) => Render(null, title, bodyHtml, active);

    /// <summary>A whole page; <paramref name="active"/> is the nav key to highlight (jobs, pr, tide, command-help, plugins, config).</summary>
    public string Render(HttpContext? http, string title, string bodyHtml, string? active = null) =>
        Render(http, title, bodyHtml, active, [], [], heading: true);

    /// <summary>
    /// A whole page for a body that brings its own assets and heading (spyglass's job page): extra stylesheets and
    /// deferred scripts go in the head after deck's own.
    /// </summary>
    public string Render(
        HttpContext? http, string title, string bodyHtml, string? active, IEnumerable<string> stylesheets, IEnumerable<string> scripts, bool heading)
    {
        ArgumentNullException.ThrowIfNull(stylesheets);
        ArgumentNullException.ThrowIfNull(scripts);
        var html = new StringBuilder(bodyHtml.Length + 2048);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">")
            .Append("<title>").Append(E(title)).Append(" · Bowsprit</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\">")
            .Append("<script src=\"").Append(ScriptPath).Append("\" defer></script>");
        foreach (var css in stylesheets)
        {
            html.Append("<link rel=\"stylesheet\" href=\"").Append(E(css)).Append("\">");
        }

        foreach (var script in scripts)
        {
            html.Append("<script src=\"").Append(E(script)).Append("\" defer></script>");
        }

        html.Append("</head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">Bowsprit</a><nav aria-label=\"Main\"><ul>");
        foreach (var (href, label, key) in Nav)
        {
            if (key == "tide" && !options.TideEnabled)
            {
                continue;
            }

            var current = key == active ? " aria-current=\"page\"" : "";
            html.Append("<li><a href=\"").Append(href).Append('"').Append(current).Append('>').Append(label).Append("</a></li>");
        }

        html.Append("</ul></nav>").Append(Account(http)).Append("</header>")
            .Append("<main id=\"main\">").Append(heading ? $"<h1>{E(title)}</h1>" : "")
            .Append(bodyHtml)
            .Append("</main></body></html>");
        return html.ToString();
    }

    private string Account(HttpContext? http)
    {
        if (http is null)
        {
            return "";
        }

        var identity = DeckIdentity.Of(http);
        if (identity.Login is { } login)
        {
            return $"<div class=\"account\">Signed in as <strong>{E(login)}</strong>" +
                   $"<form method=\"post\" action=\"/github-logout\">{Csrf.Field(http)}<button type=\"submit\" class=\"link\">Sign out</button></form></div>";
        }

        if (options.GitHubOAuth is null)
        {
            return "";
        }

        var dest = http.Request.Path + http.Request.QueryString;
        return $"<div class=\"account\"><a href=\"/github-login?dest={E(Q(dest))}\">Sign in with GitHub</a></div>";
    }

    /// <summary>Writes a rendered page as an uncached HTML response.</summary>
    public static IResult Html(string page, int status = 200) => new HtmlResult(page, status);

    private sealed class HtmlResult(string page, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            DeckHttp.NoCache(httpContext.Response);
            return httpContext.Response.WriteAsync(page, httpContext.RequestAborted);
        }
    }
}
