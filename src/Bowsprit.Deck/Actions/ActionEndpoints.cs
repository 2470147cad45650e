using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Deck.Api;
using Bowsprit.Deck.Auth;
using Bowsprit.Deck.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Actions;

/// <summary>
/// <c>/rerun</c>, <c>/abort</c> and <c>/prowjob</c> at Prow's paths and query parameters. Every POST needs a CSRF
/// token unless it authenticates with a bearer token (a browser cannot be tricked into sending that header).
/// </summary>
internal static partial class ActionEndpoints
{
    public static void MapDeckActions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/prowjob", async (HttpContext http, IProwJobStore store) =>
        {
            var name = http.Request.Query["prowjob"].ToString();
            if (name.Length == 0)
            {
                return DeckHttp.Text("request did not provide the 'prowjob' query parameter", 400);
            }

            var job = await store.GetAsync(name, http.RequestAborted);
            return job is null ? DeckHttp.Text($"ProwJob not found: {name}", 404) : Yaml(job);
        });

        app.MapMethods("/rerun", ["GET", "POST"], RerunAsync);
        app.MapPost("/abort", AbortAsync);
    }

    private static async Task<IResult> RerunAsync(HttpContext http, IProwJobStore store, RerunJobs reruns, RerunAuthorizer authorizer,
        BearerLogins bearer, DeckOptions options, DeckPage page, ILoggerFactory loggers)
    {
        var name = http.Request.Query["prowjob"].ToString();
        if (name.Length == 0)
        {
            return DeckHttp.Text("request did not provide the 'prowjob' query parameter", 400);
        }

        var old = await store.GetAsync(name, http.RequestAborted);
        if (old is null)
        {
            return DeckHttp.Text($"ProwJob not found: {name}", 404);
        }

        ProwJob rerun;
        try
        {
            rerun = reruns.Build(old, http.Request.Query["mode"] == "latest");
        }
        catch (RerunException e)
        {
            return DeckHttp.Text("Could not create new prowjob: Failed getting prowjob spec: " + e.Message, 400);
        }

        if (HttpMethods.IsGet(http.Request.Method))
        {
            return Yaml(rerun);
        }

        if (!options.RerunCreatesJob)
        {
            return DeckHttp.Text("Direct rerun feature is not enabled. Enable with the '--rerun-creates-job' flag.", 405);
        }

        var identity = await bearer.ResolveAsync(http);
        if (!identity.ViaBearer && !await Csrf.IsValidAsync(http))
        {
            return DeckHttp.Text("Forbidden - CSRF token invalid", 403);
        }

        var decision = await authorizer.DecideAsync(rerun, identity, "rerun", http.RequestAborted);
        var log = loggers.CreateLogger("Bowsprit.Deck");
        LogAttempt(log, "rerun", name, decision.Login, decision.Allowed);
        if (!decision.Allowed)
        {
            return Answer(http, page, "Rerun refused", decision.Message!, decision.Status);
        }

        rerun.Status.Description = decision.Login is { Length: > 0 } user ? $"{user} successfully reran {name}." : $"Successfully reran {name}.";
        var created = await store.CreateAsync(rerun, http.RequestAborted);
        return Answer(http, page, "Rerun started", "Job successfully triggered. Wait 30 seconds and refresh the page for the job to show up.", 200, created.Name);
    }

    private static async Task<IResult> AbortAsync(HttpContext http, IProwJobStore store, RerunAuthorizer authorizer, BearerLogins bearer,
        DeckPage page, ILoggerFactory loggers)
    {
        var name = http.Request.Query["prowjob"].ToString();
        if (name.Length == 0)
        {
            return DeckHttp.Text("Request did not provide the 'prowjob' query parameter.", 400);
        }

        var identity = await bearer.ResolveAsync(http);
        if (!identity.ViaBearer && !await Csrf.IsValidAsync(http))
        {
            return DeckHttp.Text("Forbidden - CSRF token invalid", 403);
        }

        for (var attempt = 0; ; attempt++)
        {
            var job = await store.GetAsync(name, http.RequestAborted);
            if (job is null)
            {
                return DeckHttp.Text($"ProwJob not found: {name}.", 404);
            }

            if (job.Status.State is not (ProwJobState.Triggered or ProwJobState.Pending))
            {
                return DeckHttp.Text($"Cannot abort job with state: \"{job.Status.State.ToWire()}\".", 400);
            }

            var decision = await authorizer.DecideAsync(job, identity, "abort", http.RequestAborted);
            var log = loggers.CreateLogger("Bowsprit.Deck");
            LogAttempt(log, "abort", name, decision.Login, decision.Allowed);
            if (!decision.Allowed)
            {
                return Answer(http, page, "Abort refused", decision.Message!, decision.Status);
            }

            job.Status.State = ProwJobState.Aborted;
            job.Status.Description = decision.Login is { Length: > 0 } user ? $"{user} successfully aborted {name}." : $"Successfully aborted {name}.";
            try
            {
                await store.UpdateAsync(job, http.RequestAborted);
                return Answer(http, page, "Job aborted", "Job successfully aborted.", 200);
            }
            catch (ProwJobConflictException) when (attempt < 4)
            {
                // plank moved the job meanwhile; look again (it may have finished).
            }
        }
    }

    /// <summary>Plain text for scripts (Prow's answers); a small page for a browser form without JavaScript.</summary>
    private static IResult Answer(HttpContext http, DeckPage page, string title, string message, int status, string? newJob = null)
    {
        if (!http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
        {
            return DeckHttp.Text(message, status);
        }

        var body = $"<p role=\"status\">{E(message)}</p>" +
                   (newJob is null ? "" : $"<p>New job: <a href=\"/prowjob?prowjob={E(Q(newJob))}\">{E(newJob)}</a></p>") +
                   "<p><a href=\"/\">Back to the job list</a></p>";
        return DeckPage.Html(page.Render(http, title, body), status);
    }

    private static IResult Yaml(ProwJob job) =>
        Results.Text(YamlText.From(ProwJson.SerializeToUtf8Bytes(job)), "text/plain; charset=utf-8");

    [LoggerMessage(Level = LogLevel.Information, Message = "Attempted {Action} of {ProwJob} by {User}: allowed={Allowed}")]
    private static partial void LogAttempt(ILogger logger, string action, string prowJob, string? user, bool allowed);
}
