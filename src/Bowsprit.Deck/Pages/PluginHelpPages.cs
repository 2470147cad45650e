using System.Text;
using Bowsprit.Deck.Html;
using Microsoft.AspNetCore.Http;
using static Bowsprit.Deck.Html.DeckHtml;

namespace Bowsprit.Deck.Pages;

/// <summary>
/// <c>/command-help</c> (every <c>/command</c> people can type, featured first) and <c>/plugins</c> (each plugin's
/// description, events and config), both narrowed to one repository with <c>?repo=org/repo</c>; and
/// <c>/plugin-help.js</c>, hook's JSON passed through.
/// </summary>
internal sealed class PluginHelpPages(PluginHelpSource source, DeckPage chrome)
{
    public async Task<IResult> JsonAsync(HttpContext http)
    {
        DeckHttp.NoCache(http.Response);
        if (!source.Configured)
        {
            return DeckHttp.Text("plugin help is not available: deck has no --hook-url", 404);
        }

        var json = Encoding.UTF8.GetString(await source.JsonAsync(http.RequestAborted));
        var variable = http.Request.Query["var"].ToString();
        return variable.Length == 0 ? Results.Text(json, "application/json") : Results.Text($"var {variable} = {json};", "application/javascript");
    }

    public async Task<IResult> CommandsAsync(HttpContext http)
    {
        var (data, error) = await LoadAsync(http);
        if (data is null)
        {
            return DeckPage.Html(chrome.Render(http, "Command help", error!, "command-help"), 503);
        }

        var repo = http.Request.Query["repo"].ToString();
        var body = new StringBuilder(RepoPicker("/command-help", data, repo));
        var commands = Plugins(data, repo)
            .SelectMany(p => (p.Help.Commands ?? []).Select(c => (p.Name, p.External, Command: c)))
            .OrderByDescending(static c => c.Command.Featured).ThenBy(static c => c.Command.Usage, StringComparer.Ordinal).ToList();
        body.Append("<div class=\"table-wrap\"><table class=\"jobs\"><caption class=\"visually-hidden\">Commands</caption><thead><tr><th scope=\"col\">Command</th>")
            .Append("<th scope=\"col\">Description</th><th scope=\"col\">Examples</th><th scope=\"col\">Who can use</th><th scope=\"col\">Plugin</th></tr></thead><tbody>");
        foreach (var (plugin, external, command) in commands)
        {
            body.Append("<tr><td><code>").Append(E(command.Usage)).Append("</code>").Append(command.Featured ? " <span class=\"tag\">featured</span>" : "")
                .Append("</td><td>").Append(E(command.Description)).Append("</td><td>")
                .Append(string.Join("<br>", (command.Examples ?? []).Select(static e => $"<code>{E(e)}</code>")))
                .Append("</td><td>").Append(E(command.WhoCanUse)).Append("</td><td><a href=\"/plugins#plugin-").Append(E(plugin)).Append("\">").Append(E(plugin)).Append("</a>")
                .Append(external ? " (external)" : "").Append("</td></tr>");
        }

        body.Append("</tbody></table></div>");
        return DeckPage.Html(chrome.Render(http, "Command help", body.ToString(), "command-help"));
    }

    public async Task<IResult> PluginsAsync(HttpContext http)
    {
        var (data, error) = await LoadAsync(http);
        if (data is null)
        {
            return DeckPage.Html(chrome.Render(http, "Plugins", error!, "plugins"), 503);
        }

        var repo = http.Request.Query["repo"].ToString();
        var body = new StringBuilder(RepoPicker("/plugins", data, repo));
        foreach (var (name, external, help) in Plugins(data, repo).OrderBy(static p => p.Name, StringComparer.Ordinal))
        {
            body.Append("<section class=\"plugin\" id=\"plugin-").Append(E(name)).Append("\"><h2>").Append(E(name)).Append(external ? " <span class=\"tag\">external</span>" : "").Append("</h2>")
                .Append("<p>").Append(E(help.Description)).Append("</p>");
            if (help.Events is { Count: > 0 } events)
            {
                body.Append("<p><strong>Events:</strong> ").Append(string.Join(", ", events.Select(E))).Append("</p>");
            }

            foreach (var (scope, text) in help.Config ?? [])
            {
                body.Append("<details><summary>Configuration").Append(scope.Length > 0 ? " for " + E(scope) : "").Append("</summary><pre>").Append(E(text)).Append("</pre></details>");
            }

            var repos = ((external ? data.RepoExternalPlugins : data.RepoPlugins) ?? []).Where(p => p.Value.Contains(name)).Select(static p => p.Key).Order(StringComparer.Ordinal).ToList();
            if (repos.Count > 0)
            {
                body.Append("<p class=\"minor\">Enabled for: ").Append(string.Join(", ", repos.Select(E))).Append("</p>");
            }

            body.Append("</section>");
        }

        return DeckPage.Html(chrome.Render(http, "Plugins", body.ToString(), "plugins"));
    }

    private static IEnumerable<(string Name, bool External, PluginHelpEntry Help)> Plugins(PluginHelpData data, string repo)
    {
        var builtIn = repo.Length == 0 ? (data.PluginHelp ?? []).Keys : data.EnabledFor(repo, external: false);
        var external = repo.Length == 0 ? (data.ExternalPluginHelp ?? []).Keys : data.EnabledFor(repo, external: true);
        foreach (var name in builtIn)
        {
            if (data.PluginHelp?.GetValueOrDefault(name) is { } help)
            {
                yield return (name, false, help);
            }
        }

        foreach (var name in external)
        {
            if (data.ExternalPluginHelp?.GetValueOrDefault(name) is { } help)
            {
                yield return (name, true, help);
            }
        }
    }

    private static string RepoPicker(string action, PluginHelpData data, string repo)
    {
        var html = new StringBuilder();
        html.Append("<form class=\"filters\" method=\"get\" action=\"").Append(action).Append("\" role=\"search\" aria-label=\"Repository\">")
            .Append("<div class=\"field\"><label for=\"f-repo\">Repository</label><select id=\"f-repo\" name=\"repo\" data-autosubmit><option value=\"\">All plugins</option>");
        foreach (var candidate in data.AllRepos ?? [])
        {
            html.Append("<option").Append(candidate == repo ? " selected" : "").Append('>').Append(E(candidate)).Append("</option>");
        }

        return html.Append("</select></div><div class=\"buttons\"><button type=\"submit\">Show</button></div></form>").ToString();
    }

    private async Task<(PluginHelpData? Data, string? Error)> LoadAsync(HttpContext http)
    {
        if (!source.Configured)
        {
            return (null, "<p class=\"empty\">Plugin help is not available: deck was started without a hook URL.</p>");
        }

        try
        {
            return (await source.LoadAsync(http.RequestAborted), null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return (null, $"<p class=\"empty\" role=\"alert\">Could not load plugin help from hook: {E(e.Message)}</p>");
        }
    }
}
