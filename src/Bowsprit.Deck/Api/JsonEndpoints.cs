using System.Buffers;
using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Deck.Index;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Deck.Api;

/// <summary>
/// Prow's data endpoints: <c>/prowjobs.js</c> (<c>{"items":[...]}</c>, filters <c>org</c>, <c>repo</c>,
/// <c>owner</c>, <c>omit</c>) and <c>/badge.svg</c> (<c>jobs</c> = comma-separated globs). <c>?var=name</c> wraps
/// JSON as <c>var name = ...;</c>, as Prow's pages load it.
/// </summary>
internal static class JsonEndpoints
{
    private static readonly byte[] ItemsOpen = "{\"items\":["u8.ToArray();
    private static readonly byte[] ItemsClose = "]}"u8.ToArray();

    public static void MapDeckJson(this IEndpointRouteBuilder app)
    {
        app.MapGet("/prowjobs.js", ProwJobsAsync);
        app.MapGet("/badge.svg", BadgeAsync);
    }

    private static async Task ProwJobsAsync(HttpContext http, JobIndex index, JobVisibility visibility)
    {
        var query = http.Request.Query;
        var omit = ProwJobJson.ParseOmit(query["omit"]);
        var filter = new JobFilter { Org = Value(query["org"]), Repo = null };
        var repo = Value(query["repo"]);
        var owner = Value(query["owner"]);
        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var visible = visibility.Predicate();

        var response = http.Response;
        DeckHttp.NoCache(response);
        var variable = Value(query["var"]);
        response.ContentType = variable is null ? "application/json" : "application/javascript";
        var body = response.BodyWriter;
        if (variable is not null)
        {
            body.Write(Encoding.UTF8.GetBytes($"var {variable} = "));
        }

        body.Write(ItemsOpen);
        var first = true;
        var pending = 0;
        foreach (var job in snapshot.Query(filter, visible))
        {
            // Prow compares the bare repo name (refs.repo), and the pull author for owner.
            if ((repo is not null && job.Job.Spec.MainRefs?.Repo != repo) || (owner is not null && !HasAuthor(job.Job, owner)))
            {
                continue;
            }

            if (!first)
            {
                body.Write(","u8);
            }

            first = false;
            body.Write(job.Json(omit));
            if (++pending == 256)
            {
                pending = 0;
                await body.FlushAsync(http.RequestAborted);
            }
        }

        body.Write(ItemsClose);
        if (variable is not null)
        {
            body.Write(";"u8);
        }

        await body.FlushAsync(http.RequestAborted);
    }

    private static async Task<IResult> BadgeAsync(HttpContext http, JobIndex index, JobVisibility visibility)
    {
        DeckHttp.NoCache(http.Response);
        var wanted = http.Request.Query["jobs"].ToString();
        if (wanted.Length == 0)
        {
            return DeckHttp.Text("missing jobs query parameter", 400);
        }

        var snapshot = await index.CurrentAsync(TimeSpan.FromSeconds(10), http.RequestAborted);
        var svg = Badge.Render(Badge.LatestRuns(snapshot, wanted.Split(','), visibility.Predicate()));
        return Results.Text(svg, "image/svg+xml");
    }

    private static bool HasAuthor(ProwJob job, string owner) => job.Spec.Refs?.Pulls?.Any(p => p.Author == owner) == true;

    private static string? Value(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
