using System.Globalization;
using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Html;
using Bowsprit.Deck.Index;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>
/// <c>/</c>: every run, newest first, filtered and paged on the server (<c>repo</c>, <c>job</c> with wildcards,
/// <c>type</c>, <c>state</c>, <c>author</c>, <c>pull</c>, <c>cluster</c>, <c>page</c>, <c>per_page</c>). Works
/// without JavaScript; the script only submits the form when a select changes.
/// </summary>
internal sealed class JobListPage(DeckOptions options, JobIndex index, JobVisibility visibility, JobTable table, DeckPage chrome)
{
    private const int MaxOptions = 1000;

    public async Task<IResult> RenderAsync(HttpContext http)
    {
        var query = http.Request.Query;
        var filter = JobFilter.FromQuery(k => query[k]);
        var perPage = int.TryParse(query["per_page"], out var requested) && requested > 0 ? Math.Min(requested, options.MaxPageSize) : options.PageSize;
        var pageNumber = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var (jobs, total) = snapshot.Page(filter, visibility.Rule(), (pageNumber - 1) * perPage, perPage);

        var body = new StringBuilder(64 * 1024);
        body.Append(Filters(snapshot, filter, perPage != options.PageSize ? perPage : null, visibility.Predicate()));
        var first = total == 0 ? 0 : ((pageNumber - 1) * perPage) + 1;
        body.Append("<p class=\"summary\" role=\"status\">")
            .Append(total == 0 ? "No jobs match." : $"Jobs {first.ToString("N0", CultureInfo.InvariantCulture)}–{(first + jobs.Count - 1).ToString("N0", CultureInfo.InvariantCulture)} of {total.ToString("N0", CultureInfo.InvariantCulture)}")
            .Append("</p>");
        if (total > 0)
        {
            body.Append(table.Render(http, jobs, "Jobs"));
        }

        body.Append(Pager(http, pageNumber, perPage, total));
        return DeckPage.Html(chrome.Render(http, "Jobs", body.ToString(), "jobs"));
    }

    private static string Filters(JobIndexSnapshot snapshot, JobFilter filter, int? perPage, Func<DeckJob, bool> visible)
    {
        // Offer only values that have a visible job, so hidden repos and jobs do not leak through the choices.
        var repos = snapshot.Repos.Where(r => snapshot.Query(new JobFilter { Repo = r }, visible).Any()).Take(MaxOptions);
        var clusters = snapshot.Clusters.Where(c => snapshot.Query(new JobFilter { Cluster = c }, visible).Any()).Take(MaxOptions);
        var jobNames = snapshot.JobNames.Where(j => snapshot.Query(new JobFilter { Job = j }, visible).Any()).Take(MaxOptions);
        var html = new StringBuilder();
        html.Append("<form class=\"filters\" method=\"get\" action=\"/\" role=\"search\" aria-label=\"Filter jobs\">");
        html.Append(Select("repo", "Repository", repos, filter.Repo));
        html.Append(Select("type", "Type", Enum.GetValues<ProwJobType>().Select(static t => t.ToWire()), filter.Type?.ToWire()));
        html.Append(Select("state", "State", Enum.GetValues<ProwJobState>().Where(static s => s != ProwJobState.None).Select(static s => s.ToWire()), filter.State?.ToWire()));
        html.Append(Select("cluster", "Cluster", clusters, filter.Cluster));
        html.Append(Input("job", "Job (wildcards * ?)", filter.Job, "search", "job-names"));
        html.Append("<datalist id=\"job-names\">");
        foreach (var name in jobNames)
        {
            html.Append("<option value=\"").Append(E(name)).Append("\">");
        }

        html.Append("</datalist>");
        html.Append(Input("author", "Author", filter.Author, "search", null));
        html.Append(Input("pull", "PR number", filter.Pull?.ToString(CultureInfo.InvariantCulture), "number", null));
        if (perPage is not null)
        {
            html.Append("<input type=\"hidden\" name=\"per_page\" value=\"").Append(perPage).Append("\">");
        }

        html.Append("<div class=\"buttons\"><button type=\"submit\">Filter</button> <a href=\"/\">Clear</a></div></form>");
        return html.ToString();
    }

    private static string Select(string name, string label, IEnumerable<string> values, string? selected)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"field\"><label for=\"f-").Append(name).Append("\">").Append(label).Append("</label>")
            .Append("<select id=\"f-").Append(name).Append("\" name=\"").Append(name).Append("\" data-autosubmit><option value=\"\">All</option>");
        foreach (var value in values)
        {
            html.Append("<option value=\"").Append(E(value)).Append('"').Append(value == selected ? " selected" : "").Append('>').Append(E(value)).Append("</option>");
        }

        return html.Append("</select></div>").ToString();
    }

    private static string Input(string name, string label, string? value, string type, string? list) =>
        $"<div class=\"field\"><label for=\"f-{name}\">{label}</label><input id=\"f-{name}\" name=\"{name}\" type=\"{type}\" value=\"{E(value)}\"" +
        (list is null ? "" : $" list=\"{list}\"") + (type == "number" ? " min=\"1\"" : "") + "></div>";

    private static string Pager(HttpContext http, int page, int perPage, int total)
    {
        var pages = Math.Max(1, (total + perPage - 1) / perPage);
        if (pages <= 1)
        {
            return "";
        }

        string Url(int target)
        {
            var parts = http.Request.Query.Where(static q => q.Key != "page").SelectMany(static q => q.Value.Select(v => $"{Q(q.Key)}={Q(v)}")).ToList();
            parts.Add($"page={target}");
            return "/?" + string.Join("&", parts);
        }

        var html = new StringBuilder("<nav class=\"pager\" aria-label=\"Pages\"><ul>");
        if (page > 1)
        {
            html.Append("<li><a rel=\"prev\" href=\"").Append(E(Url(page - 1))).Append("\">← Newer</a></li>");
        }

        foreach (var target in new[] { 1, page - 2, page - 1, page, page + 1, page + 2, pages }.Where(t => t >= 1 && t <= pages).Distinct().Order())
        {
            html.Append(target == page
                ? $"<li><span aria-current=\"page\">{target}</span></li>"
                : $"<li><a href=\"{E(Url(target))}\">{target}</a></li>");
        }

        if (page < pages)
        {
            html.Append("<li><a rel=\"next\" href=\"").Append(E(Url(page + 1))).Append("\">Older →</a></li>");
        }

        return html.Append("</ul></nav>").ToString();
    }
}
