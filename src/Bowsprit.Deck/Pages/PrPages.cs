using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Auth;
using Bowsprit.Deck.Html;
using Bowsprit.Deck.Index;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>
/// <c>/pr</c> lists pull requests with jobs (the signed-in user's, or <c>?author=</c>, or all recent ones) and the
/// state of each PR's newest head; <c>/pr-history?org=&amp;repo=&amp;pr=</c> shows every run of one PR grouped by
/// head SHA, newest push first.
/// </summary>
internal sealed class PrPages(JobIndex index, JobVisibility visibility, JobTable table, JobLinks links, DeckPage chrome)
{
    private const int MaxPulls = 100;

    public async Task<IResult> ListAsync(HttpContext http)
    {
        var author = http.Request.Query["author"].ToString();
        if (author.Length == 0 && !http.Request.Query.ContainsKey("author"))
        {
            author = DeckIdentity.Of(http).Login ?? "";
        }

        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var filter = new JobFilter { Author = author.Length > 0 ? author : null };
        var pulls = new Dictionary<(string Repo, int Pull), List<DeckJob>>();
        foreach (var job in snapshot.Query(filter, visibility.Predicate()))
        {
            if (job.Pull == 0 || job.Type is not (ProwJobType.Presubmit))
            {
                continue;
            }

            var key = (job.Repo, job.Pull);
            if (!pulls.TryGetValue(key, out var list))
            {
                if (pulls.Count >= MaxPulls)
                {
                    continue;
                }

                pulls[key] = list = [];
            }

            list.Add(job);
        }

        var body = new StringBuilder();
        body.Append("<form class=\"filters\" method=\"get\" action=\"/pr\" role=\"search\" aria-label=\"Pull requests by author\">")
            .Append("<div class=\"field\"><label for=\"f-author\">Author</label><input id=\"f-author\" name=\"author\" type=\"search\" value=\"")
            .Append(E(author)).Append("\"></div><div class=\"buttons\"><button type=\"submit\">Show</button></div></form>");
        if (pulls.Count == 0)
        {
            body.Append("<p class=\"empty\">No pull requests with jobs").Append(author.Length > 0 ? " by " + E(author) : "").Append(".</p>");
        }
        else
        {
            body.Append("<div class=\"table-wrap\"><table class=\"jobs\"><caption class=\"visually-hidden\">Pull requests</caption><thead><tr>")
                .Append("<th scope=\"col\">Pull request</th><th scope=\"col\">Title</th><th scope=\"col\">Author</th><th scope=\"col\">Head</th><th scope=\"col\">Jobs at head</th></tr></thead><tbody>");
            foreach (var ((repo, number), jobs) in pulls)
            {
                var newest = jobs[0];
                var pull = newest.Job.Spec.MainRefs!.Pulls![0];
                var atHead = jobs.Where(j => j.Sha == newest.Sha).GroupBy(static j => j.JobName).Select(static g => g.First()).OrderBy(static j => j.JobName, StringComparer.Ordinal);
                var refs = newest.Job.Spec.MainRefs!;
                body.Append("<tr><td>").Append(links.Pull(newest)).Append(' ').Append(E(repo)).Append("</td><td>").Append(E(pull.Title))
                    .Append("</td><td>").Append(links.Author(newest)).Append("</td><td>").Append(links.Commit(newest)).Append("</td><td><ul class=\"chips\">");
                foreach (var job in atHead)
                {
                    body.Append("<li>").Append(StateBadge(job.State)).Append(' ').Append(JobLinks.Run(job)).Append("</li>");
                }

                body.Append("</ul><a class=\"minor\" href=\"/pr-history?org=").Append(E(Q(refs.Org))).Append("&amp;repo=").Append(E(Q(refs.Repo)))
                    .Append("&amp;pr=").Append(number).Append("\">All runs</a></td></tr>");
            }

            body.Append("</tbody></table></div>");
        }

        return DeckPage.Html(chrome.Render(http, "PR status", body.ToString(), "pr"));
    }

    public async Task<IResult> HistoryAsync(HttpContext http)
    {
        var org = http.Request.Query["org"].ToString();
        var repo = http.Request.Query["repo"].ToString();
        if (org.Length == 0 || repo.Length == 0 || !int.TryParse(http.Request.Query["pr"], out var number) || number <= 0)
        {
            return DeckHttp.Text("pr-history needs org, repo and pr query parameters", 400);
        }

        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var jobs = snapshot.Query(new JobFilter { Repo = $"{org}/{repo}", Pull = number }, visibility.Predicate()).ToList();
        var body = new StringBuilder();
        if (jobs.Count == 0)
        {
            body.Append("<p class=\"empty\">No jobs for this pull request.</p>");
        }

        // Group by head SHA in order of each SHA's newest run, so the latest push comes first.
        foreach (var group in jobs.GroupBy(static j => j.Sha))
        {
            var newest = group.First();
            body.Append("<section aria-labelledby=\"sha-").Append(E(group.Key)).Append("\"><h2 id=\"sha-").Append(E(group.Key)).Append("\">Head ")
                .Append(links.Commit(newest)).Append(' ').Append(E(newest.Job.Spec.MainRefs?.Pulls?[0].Title)).Append("</h2>")
                .Append(table.Render(http, [.. group], $"Runs at {ShortSha(group.Key)}")).Append("</section>");
        }

        return DeckPage.Html(chrome.Render(http, $"{org}/{repo} #{number}", body.ToString(), "pr"));
    }
}
