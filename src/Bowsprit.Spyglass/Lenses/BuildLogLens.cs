using System.Globalization;
using System.Text;
using System.Text.Json;
using Bowsprit.Spyglass.Logs;

namespace Bowsprit.Spyglass.Lenses;

/// <summary>
/// The <c>buildlog</c> lens: one viewer per matched log. The page carries the first screen of lines, so it shows
/// before any script runs; <c>spyglass.js</c> then takes over with a virtual window of lines fetched by number,
/// search, error navigation and, while the job runs, a tail that follows the growing log.
/// </summary>
internal sealed class BuildLogLens(LogService logs, SpyglassOptions options)
{
    public async Task RenderAsync(StringBuilder html, LensMatch lens, JobPageContext page, CancellationToken ct)
    {
        var pattern = HighlightRegexes.Pattern(lens.Config);
        var hideRaw = page.Config?.HideRawLog == true ||
            (lens.Config is { ValueKind: JsonValueKind.Object } c && c.TryGetProperty("hide_raw_log", out var hide) && hide.ValueKind == JsonValueKind.True);
        var id = 0;
        foreach (var file in lens.Files)
        {
            id++;
            var lines = await logs.FirstLinesAsync(page.Job, file, pattern, page.IsFinished, ct).ConfigureAwait(false);
            var api = $"/spyglass/log/{page.Job.UrlPath}?file={Uri.EscapeDataString(file)}";
            var domId = "log-" + id.ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"sg-log\" id=\"").Append(domId).Append("\" data-api=\"").AppendEncoded(api)
                .Append("\" data-live=\"").Append(page.IsFinished ? '0' : '1')
                .Append("\" data-poll=\"").Append(((int)options.LivePollInterval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture))
                .Append("\" data-state=\"").Append(page.IsFinished ? "finished" : "live").Append("\">");
            html.Append("<h3 class=\"sg-log-name\">").AppendEncoded(file).Append("</h3>");
            html.Append("<div class=\"sg-toolbar\">");
            html.Append("<form class=\"sg-search\" role=\"search\"><label for=\"").Append(domId).Append("-q\">Search log</label> ")
                .Append("<input id=\"").Append(domId).Append("-q\" name=\"q\" type=\"search\" autocomplete=\"off\"> ")
                .Append("<label><input name=\"regex\" type=\"checkbox\"> regex</label> <button type=\"submit\">Search</button></form>");
            html.Append("<button type=\"button\" class=\"sg-first-error\" disabled>First error</button> ");
            html.Append("<button type=\"button\" class=\"sg-next-error\" disabled>Next error</button> ");
            html.Append("<button type=\"button\" class=\"sg-top\">Top</button> <button type=\"button\" class=\"sg-bottom\">Bottom</button> ");
            if (!page.IsFinished)
            {
                html.Append("<label class=\"sg-follow-label\"><input type=\"checkbox\" class=\"sg-follow\" checked> follow</label> ");
            }

            if (!hideRaw)
            {
                html.Append("<a class=\"sg-raw\" href=\"").AppendEncoded(page.RawUrl(file)).Append("\">raw</a> ");
            }

            html.Append("<span class=\"sg-status\" role=\"status\" aria-live=\"polite\">")
                .Append(page.IsFinished ? "Loading…" : "Job running: following the log…").Append("</span>");
            html.Append("</div>");
            html.Append("<div class=\"sg-results\" hidden></div>");
            html.Append("<div class=\"sg-viewport\" tabindex=\"0\" role=\"log\" aria-label=\"").AppendEncoded(file).Append("\">");
            html.Append("<div class=\"sg-spacer\"></div><div class=\"sg-window\">");
            for (var n = 0; n < lines.Count; n++)
            {
                AppendLine(html, domId, n, lines[n].Html, lines[n].Highlighted);
            }

            html.Append("</div></div></div>");
        }
    }

    /// <summary>The markup spyglass.js builds for a line too; keep the two in step.</summary>
    private static void AppendLine(StringBuilder html, string domId, long n, string lineHtml, bool highlighted)
    {
        var number = (n + 1).ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"sg-line").Append(highlighted ? " sg-hl" : "").Append("\" data-n=\"").Append(n.ToString(CultureInfo.InvariantCulture))
            .Append("\"><a class=\"sg-n\" tabindex=\"-1\" href=\"#").Append(domId).Append(":L").Append(number).Append("\">").Append(number)
            .Append("</a><span class=\"sg-t\">").Append(lineHtml).Append("</span></div>");
    }
}
