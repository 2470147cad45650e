using System.Reflection;
using Bowsprit.Deck.Actions;
using Bowsprit.Deck.Api;
using Bowsprit.Deck.Auth;
using Bowsprit.Deck.Html;
using Bowsprit.Deck.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Deck;

public static class DeckEndpoints
{
    /// <summary>Deck's pages, data endpoints, actions, login and static assets at Prow's paths.</summary>
    public static IEndpointRouteBuilder MapDeck(this IEndpointRouteBuilder app)
    {
        // Sharing a process with hook (bowsprit up, serve --components hook,deck): people get deck's page at "/",
        // while "/plugin-help" stays hook's JSON for machines; without hook it redirects to the help page as in Prow.
        app.MapGet("/", (HttpContext http, JobListPage page) => page.RenderAsync(http)).WithOrder(-1);
        app.MapGet("/pr", (HttpContext http, PrPages pages) => pages.ListAsync(http));
        app.MapGet("/pr-history", (HttpContext http, PrPages pages) => pages.HistoryAsync(http));
        app.MapGet("/job-history/{**path}", (HttpContext http, JobHistoryPage page, string path) => page.RenderAsync(http, path));
        app.MapGet("/configured-jobs/", (HttpContext http, ConfiguredJobsPage page) => page.Index(http));
        app.MapGet("/configured-jobs/go", ConfiguredJobsPage.Go);
        app.MapGet("/configured-jobs/{org}/{repo}", (HttpContext http, ConfiguredJobsPage page, string org, string repo) => page.Repo(http, org, repo));
        app.MapGet("/command-help", (HttpContext http, PluginHelpPages pages) => pages.CommandsAsync(http));
        app.MapGet("/plugin-help", () => Results.Redirect("/command-help", permanent: true)).WithOrder(1);
        app.MapGet("/plugin-help.js", (HttpContext http, PluginHelpPages pages) => pages.JsonAsync(http));
        app.MapGet("/plugins", (HttpContext http, PluginHelpPages pages) => pages.PluginsAsync(http));
        app.MapGet("/tide", (HttpContext http, DeckPage page, DeckOptions options) => options.TideEnabled
            ? DeckPage.Html(page.Render(http, "Tide", "<p class=\"empty\">Tide's merge pool status will appear here once Tide runs in this installation.</p>", "tide"))
            : Results.NotFound());
        app.MapDeckJson();
        app.MapDeckActions();
        app.MapGitHubLogin();
        app.MapGet(DeckPage.StylesheetPath, (HttpContext http) => Asset(http, "deck.css", "text/css; charset=utf-8"));
        app.MapGet(DeckPage.ScriptPath, (HttpContext http) => Asset(http, "deck.js", "text/javascript; charset=utf-8"));
        return app;
    }

    private static async Task Asset(HttpContext http, string name, string contentType)
    {
        await using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Bowsprit.Deck.Static." + name)
                                 ?? throw new InvalidOperationException($"missing embedded asset {name}");
        http.Response.ContentType = contentType;
        http.Response.Headers.CacheControl = "public, max-age=300";
        await stream.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
