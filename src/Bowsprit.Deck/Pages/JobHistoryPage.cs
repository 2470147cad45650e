using System.Text;
using Bowsprit.Deck.Html;
using Bowsprit.Deck.Index;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>
/// <c>/job-history/[&lt;provider&gt;/]&lt;bucket&gt;/(logs|pr-logs/directory)/&lt;job&gt;</c>: a job's runs, newest first,
/// 20 per page; <c>?buildId=N</c> shows the runs older than build N, as Prow's page does. Built from deck's index,
/// so it covers the ProwJobs still stored (sinker's retention), not everything in the bucket.
/// </summary>
internal sealed class JobHistoryPage(JobIndex index, JobVisibility visibility, JobTable table, DeckPage chrome)
{
    private const int PageSize = 20;

    public async Task<IResult> RenderAsync(HttpContext http, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var kind = Array.IndexOf(segments, "logs") >= 0 ? "logs" : Array.IndexOf(segments, "directory") >= 0 ? "pr-logs" : null;
        if (segments.Length < 3 || kind is null)
        {
            return DeckHttp.Text("job history URLs look like /job-history/<bucket>/logs/<job> or /job-history/<bucket>/pr-logs/directory/<job>", 400);
        }

        var jobName = Uri.UnescapeDataString(segments[^1]);
        ulong? before = ulong.TryParse(http.Request.Query["buildId"], out var id) ? id : null;
        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var (page, total) = snapshot.Page(new JobFilter { Job = jobName, BeforeBuildId = before }, visibility.Predicate(), 0, PageSize);

        var body = new StringBuilder();
        body.Append("<p class=\"summary\" role=\"status\">").Append(total).Append(before is null ? " runs" : $" runs older than build {before}").Append(" of ").Append(E(jobName)).Append("</p>");
        body.Append(table.Render(http, page, $"Runs of {jobName}"));
        var nav = new List<string>();
        if (before is not null)
        {
            nav.Add($"<li><a rel=\"prev\" href=\"{E(http.Request.Path)}\">Newest</a></li>");
        }

        if (total > page.Count && page.Count > 0 && page[^1].BuildId is { Length: > 0 } oldest)
        {
            nav.Add($"<li><a rel=\"next\" href=\"{E(http.Request.Path)}?buildId={E(Q(oldest))}\">Older runs →</a></li>");
        }

        if (nav.Count > 0)
        {
            body.Append("<nav class=\"pager\" aria-label=\"Pages\"><ul>").Append(string.Concat(nav)).Append("</ul></nav>");
        }

        return DeckPage.Html(chrome.Render(http, $"Job history: {jobName}", body.ToString(), "jobs"));
    }
}
