using System.Text;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Deck.Html;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>
/// <c>/configured-jobs/</c> lists the repositories with jobs; <c>/configured-jobs/&lt;org&gt;/&lt;repo&gt;?branch=b</c>
/// shows which presubmits, postsubmits and periodics run for that repository (on branch <c>b</c> when given,
/// using the jobs' own branch filters), from the loaded config.
/// </summary>
internal sealed class ConfiguredJobsPage(DeckOptions options, DeckPage chrome)
{
    public IResult Index(HttpContext http)
    {
        var config = options.Config();
        var repos = (config.Presubmits?.Keys ?? Enumerable.Empty<string>()).Concat(config.Postsubmits?.Keys ?? Enumerable.Empty<string>())
            .Concat(config.AllPeriodics.SelectMany(static p => p.ExtraRefs ?? []).Select(static r => $"{r.Org}/{r.Repo}"))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var body = new StringBuilder();
        body.Append("<form class=\"filters\" method=\"get\" action=\"/configured-jobs/go\" role=\"search\" aria-label=\"Repository and branch\">")
            .Append("<div class=\"field\"><label for=\"f-repo\">Repository</label><select id=\"f-repo\" name=\"repo\">");
        foreach (var repo in repos)
        {
            body.Append("<option>").Append(E(repo)).Append("</option>");
        }

        body.Append("</select></div><div class=\"field\"><label for=\"f-branch\">Branch</label><input id=\"f-branch\" name=\"branch\" type=\"text\" placeholder=\"any\"></div>")
            .Append("<div class=\"buttons\"><button type=\"submit\">Show jobs</button></div></form><ul class=\"repo-list\">");
        foreach (var repo in repos)
        {
            body.Append("<li><a href=\"/configured-jobs/").Append(E(repo)).Append("\">").Append(E(repo)).Append("</a></li>");
        }

        body.Append("</ul><p>").Append(config.AllPeriodics.Count).Append(" periodic jobs are configured.</p>");
        return DeckPage.Html(chrome.Render(http, "Configured jobs", body.ToString(), "config"));
    }

    /// <summary>The index form's target: turns <c>?repo=org/repo&amp;branch=b</c> into the page URL.</summary>
    public static IResult Go(HttpContext http)
    {
        var repo = http.Request.Query["repo"].ToString();
        var branch = http.Request.Query["branch"].ToString();
        var parts = repo.Split('/');
        return parts.Length != 2
            ? DeckHttp.Text("repo must be org/repo", 400)
            : Results.Redirect($"/configured-jobs/{Q(parts[0])}/{Q(parts[1])}" + (branch.Length > 0 ? $"?branch={Q(branch)}" : ""));
    }

    public IResult Repo(HttpContext http, string org, string repo)
    {
        var config = options.Config();
        var orgRepo = $"{org}/{repo}";
        var branch = http.Request.Query["branch"].ToString();
        var body = new StringBuilder();
        body.Append("<form class=\"filters\" method=\"get\" role=\"search\" aria-label=\"Branch\"><div class=\"field\"><label for=\"f-branch\">Branch</label>")
            .Append("<input id=\"f-branch\" name=\"branch\" type=\"text\" placeholder=\"any\" value=\"").Append(E(branch))
            .Append("\"></div><div class=\"buttons\"><button type=\"submit\">Show jobs</button></div></form>");
        body.Append("<p class=\"summary\">").Append(branch.Length > 0 ? $"Jobs that run for {E(orgRepo)} on branch <code>{E(branch)}</code>." : $"All jobs of {E(orgRepo)} and the branches they run on.").Append("</p>");

        var presubmits = config.PresubmitsFor(orgRepo).Where(j => branch.Length == 0 || j.CouldRun(branch)).ToList();
        var postsubmits = config.PostsubmitsFor(orgRepo).Where(j => branch.Length == 0 || j.CouldRun(branch)).ToList();
        var periodics = config.AllPeriodics.Where(p => p.ExtraRefs is { Count: > 0 } refs && refs[0].Org == org && refs[0].Repo == repo &&
                                                        (branch.Length == 0 || refs[0].BaseRef == branch)).ToList();
        body.Append(Section("Presubmits", presubmits, static j =>
            (j.AlwaysRun ? "always" : j.RunIfChanged is { Length: > 0 } ric ? $"if changed: <code>{E(ric)}</code>" : j.SkipIfOnlyChanged is { Length: > 0 } s ? $"unless only: <code>{E(s)}</code>" : "on demand")
            + (j.Optional ? ", optional" : "") + (j.SkipReport ? ", not reported" : "")));
        body.Append(Section("Postsubmits", postsubmits, static j =>
            j.RunIfChanged is { Length: > 0 } ric ? $"if changed: <code>{E(ric)}</code>" : j.AlwaysRun == false ? "on demand" : "always"));
        body.Append(Section("Periodics", periodics, static j => E(j.Cron ?? j.Interval ?? j.MinimumInterval ?? "")));
        return DeckPage.Html(chrome.Render(http, $"Configured jobs: {orgRepo}", body.ToString(), "config"));
    }

    private static string Section<T>(string title, IReadOnlyList<T> jobs, Func<T, string> when)
        where T : JobBase
    {
        var html = new StringBuilder();
        html.Append("<section><h2>").Append(title).Append(" (").Append(jobs.Count).Append(")</h2>");
        if (jobs.Count == 0)
        {
            return html.Append("<p class=\"empty\">None.</p></section>").ToString();
        }

        html.Append("<div class=\"table-wrap\"><table class=\"jobs\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Runs</th><th scope=\"col\">Context</th>")
            .Append("<th scope=\"col\">Branches</th><th scope=\"col\">Cluster</th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            var repoJob = job as RepoJob;
            var branches = repoJob is null ? "" : repoJob.Brancher.RunsAgainstAllBranches ? "all"
                : string.Join(", ", repoJob.Brancher.Branches.Select(E)) + (repoJob.Brancher.SkipBranches.Count > 0 ? " except " + string.Join(", ", repoJob.Brancher.SkipBranches.Select(E)) : "");
            html.Append("<tr><td><a href=\"/?job=").Append(E(Q(job.Name))).Append("\">").Append(E(job.Name)).Append("</a></td><td>").Append(when(job))
                .Append("</td><td>").Append(E(repoJob?.Context)).Append("</td><td>").Append(branches)
                .Append("</td><td>").Append(E(string.IsNullOrEmpty(job.Cluster) ? ProwConfig.DefaultCluster : job.Cluster)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></div></section>").ToString();
    }
}
