using System.Text;
using System.Text.Encodings.Web;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Api.Endpoints;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Web;

/// <summary>
/// A small read-only web UI so a newcomer can see what the bot did: repositories, pull requests, and each pull
/// request's commits, statuses (with links), labels, reviews and comments.
/// </summary>
public static class ForgeWeb
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static void MapForgeWeb(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", async (HttpContext http, ForgeContext forge) =>
        {
            var body = await forge.Db.ReadAsync(s =>
            {
                var sb = new StringBuilder("<h1>Bowsprit forge</h1><p>GitHub-compatible: REST at <code>/api/v3</code>, GraphQL at <code>/api/graphql</code>, git at <code>/OWNER/REPO.git</code>.</p><h2>Repositories</h2><ul>");
                foreach (var repo in s.Repos.Values.Where(r => !r.Private).OrderBy(r => r.FullName, StringComparer.OrdinalIgnoreCase))
                {
                    var open = repo.Issues.Values.Count(i => i.Pull is not null && i.State == "open");
                    sb.Append($"<li><a href=\"/{E(repo.FullName)}\">{E(repo.FullName)}</a> — {open} open pull request{(open == 1 ? "" : "s")}</li>");
                }

                return sb.Append("</ul>").ToString();
            }, http.RequestAborted);
            return Page("Bowsprit forge", body);
        });

        app.MapGet("/{owner}/{repo}", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var body = await forge.Db.ReadAsync(s =>
            {
                var r = s.Repo(owner, repo);
                if (r is null || r.Private)
                {
                    return null;
                }

                var sb = new StringBuilder($"<h1>{E(r.FullName)}</h1><p>Clone: <code>{E(forge.Presenter.Urls.Clone(r.Owner, r.Name))}</code></p><h2>Pull requests</h2><ul>");
                foreach (var issue in r.Issues.Values.Reverse().Where(i => i.Pull is not null))
                {
                    sb.Append($"<li><a href=\"/{E(r.FullName)}/pull/{issue.Number}\">#{issue.Number} {E(issue.Title)}</a> <span class=\"state {StateClass(issue)}\">{StateText(issue)}</span> by {E(issue.User)}</li>");
                }

                return sb.Append("</ul>").ToString();
            }, http.RequestAborted);
            return body is null ? Results.NotFound() : Page($"{owner}/{repo}", body);
        });

        app.MapGet("/{owner}/{repo}/pull/{number:int}", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var model = await forge.Db.ReadAsync(s => s.Repo(owner, repo) is { Private: false } r && r.Pull(number) is { } issue ? (r, issue) : default, http.RequestAborted);
            if (model.r is null)
            {
                return Results.NotFound();
            }

            var commits = await forge.Git.PullCommitsAsync(owner, repo, model.issue.Pull!.BaseSha, model.issue.Pull.HeadSha, http.RequestAborted);
            var body = await forge.Db.ReadAsync(s => PullPage(s, model.r, model.issue, commits), http.RequestAborted);
            return Page($"#{number} {model.issue.Title}", body);
        });
    }

    private static string PullPage(ForgeState state, ForgeRepo repo, ForgeIssue issue, IReadOnlyList<Git.GitCommitInfo> commits)
    {
        var pull = issue.Pull!;
        var sb = new StringBuilder();
        sb.Append($"<p><a href=\"/{E(repo.FullName)}\">{E(repo.FullName)}</a></p>");
        sb.Append($"<h1>{E(issue.Title)} <small>#{issue.Number}</small></h1>");
        sb.Append($"<p><span class=\"state {StateClass(issue)}\">{StateText(issue)}</span> <b>{E(issue.User)}</b> wants to merge <code>{E(pull.HeadRef)}</code> into <code>{E(pull.BaseRef)}</code>");
        sb.Append(pull.Mergeable switch { true => " — no conflicts", false => " — <b>has conflicts</b>", _ => "" }).Append("</p>");
        if (issue.Labels.Count > 0)
        {
            sb.Append("<p class=\"labels\">").AppendJoin(" ", issue.Labels.Select(l => $"<span class=\"label\">{E(l)}</span>")).Append("</p>");
        }

        if (!string.IsNullOrEmpty(issue.Body))
        {
            sb.Append($"<pre class=\"body\">{E(issue.Body)}</pre>");
        }

        sb.Append("<h2>Commits</h2><ul>");
        foreach (var commit in commits)
        {
            sb.Append($"<li><code>{E(commit.Sha[..7])}</code> {E(commit.Message.Split('\n')[0])} — {E(commit.Author.Name)}</li>");
        }

        sb.Append("</ul><h2>Checks</h2><table><tr><th>Context</th><th>State</th><th>Description</th></tr>");
        foreach (var status in StatusEndpoints.Latest(repo, pull.HeadSha).OrderBy(x => x.Context, StringComparer.Ordinal))
        {
            var context = status.TargetUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var link) && link.Scheme is "http" or "https"
                ? $"<a href=\"{E(url)}\">{E(status.Context)}</a>" : E(status.Context);
            sb.Append($"<tr><td>{context}</td><td class=\"state {E(status.State)}\">{E(status.State)}</td><td>{E(status.Description ?? "")}</td></tr>");
        }

        sb.Append("</table><h2>Conversation</h2>");
        var timeline = issue.Comments.Select(c => (c.CreatedAt, c.User, Kind: "commented", Body: c.Body))
            .Concat(pull.Reviews.Select(r => (CreatedAt: r.SubmittedAt, r.User, Kind: r.State.ToLowerInvariant().Replace('_', ' '), Body: r.Body ?? "")))
            .OrderBy(t => t.CreatedAt);
        foreach (var entry in timeline)
        {
            sb.Append($"<div class=\"comment\"><p><b>{E(entry.User)}</b> {E(entry.Kind)} <time>{entry.CreatedAt:yyyy-MM-dd HH:mm:ss}Z</time></p><pre>{E(entry.Body)}</pre></div>");
        }

        if (pull.Merged)
        {
            sb.Append($"<p><b>{E(pull.MergedBy ?? "")}</b> merged commit <code>{E(pull.MergeCommitSha?[..7] ?? "")}</code></p>");
        }

        return sb.ToString();
    }

    private static string StateText(ForgeIssue issue) => issue.Pull?.Merged == true ? "Merged" : issue.State == "open" ? (issue.Pull?.Draft == true ? "Draft" : "Open") : "Closed";

    private static string StateClass(ForgeIssue issue) => StateText(issue).ToLowerInvariant();

    private static string E(string value) => Html.Encode(value);

    private static IResult Page(string title, string body) => Results.Content(
        $$"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <style>
          :root { color-scheme: light dark; font-family: system-ui, sans-serif; }
          body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
          code, pre { font-family: ui-monospace, monospace; } pre { white-space: pre-wrap; background: #8881; padding: .5rem; border-radius: 6px; }
          .state { padding: 0 .5rem; border-radius: 1rem; font-size: .9em; } .open, .success { background: #2da44e; color: #fff; }
          .merged { background: #8250df; color: #fff; } .closed, .failure, .error { background: #cf222e; color: #fff; } .pending, .draft { background: #bf8700; color: #fff; }
          .label { border: 1px solid #8888; border-radius: 1rem; padding: 0 .5rem; } table { border-collapse: collapse; } td, th { padding: .25rem .75rem; text-align: left; }
          .comment { border-left: 3px solid #8884; padding-left: 1rem; margin: 1rem 0; }
        </style></head>
        <body><main>{{body}}</main></body></html>
        """, "text/html; charset=utf-8");
}
