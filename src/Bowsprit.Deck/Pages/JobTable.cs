using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Auth;
using Bowsprit.Deck.Index;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>The table of runs the job list, PR history and job history pages share.</summary>
internal sealed class JobTable(DeckOptions options, JobLinks links, TimeProvider time)
{
    public string Render(HttpContext http, IReadOnlyList<DeckJob> jobs, string caption)
    {
        if (jobs.Count == 0)
        {
            return "<p class=\"empty\">No jobs match.</p>";
        }

        var csrf = Csrf.Field(http);
        var now = time.GetUtcNow();
        var html = new StringBuilder(jobs.Count * 900);
        html.Append("<div class=\"table-wrap\"><table class=\"jobs\"><caption class=\"visually-hidden\">").Append(E(caption)).Append("</caption>")
            .Append("<thead><tr><th scope=\"col\">State</th><th scope=\"col\">Job</th><th scope=\"col\">Type</th><th scope=\"col\">Repository</th>")
            .Append("<th scope=\"col\">PR / branch</th><th scope=\"col\">Commit</th><th scope=\"col\">Author</th><th scope=\"col\">Started</th>")
            .Append("<th scope=\"col\">Duration</th><th scope=\"col\"><span class=\"visually-hidden\">Actions</span></th></tr></thead><tbody>");
        foreach (var job in jobs)
        {
            html.Append("<tr data-state=\"").Append(job.State.ToWire()).Append("\"><td>").Append(StateBadge(job.State)).Append("</td><td class=\"job\">")
                .Append(JobLinks.Run(job));
            if (job.Job.Status.Description is { Length: > 0 } description)
            {
                html.Append("<div class=\"minor\">").Append(E(description)).Append("</div>");
            }

            html.Append("</td><td>").Append(job.Type.ToWire()).Append("</td><td>").Append(links.Repo(job))
                .Append("</td><td>").Append(links.Pull(job))
                .Append("</td><td>").Append(links.Commit(job))
                .Append("</td><td>").Append(links.Author(job))
                .Append("</td><td>").Append(Time(job.Start))
                .Append("</td><td>").Append(Duration(job.Start, job.Completion, now))
                .Append("</td><td class=\"actions\">")
                .Append("<a href=\"").Append(E(JobLinks.History(job))).Append("\">History</a> ")
                .Append("<a href=\"/prowjob?prowjob=").Append(E(Q(job.Name))).Append("\">YAML</a>");
            if (options.RerunCreatesJob)
            {
                html.Append(ActionForm("rerun", job, csrf, "Rerun"));
            }

            if (job.State is ProwJobState.Triggered or ProwJobState.Pending)
            {
                html.Append(ActionForm("abort", job, csrf, "Abort"));
            }

            html.Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    private static string ActionForm(string action, DeckJob job, string csrf, string label) =>
        $"<form class=\"inline\" method=\"post\" action=\"/{action}?prowjob={E(Q(job.Name))}\" data-confirm=\"{label} {E(job.JobName)}?\">" +
        $"{csrf}<button type=\"submit\" aria-label=\"{label} {E(job.JobName)} ({E(job.Name)})\">{label}</button></form>";
}
