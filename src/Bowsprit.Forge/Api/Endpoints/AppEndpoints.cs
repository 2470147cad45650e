using System.Globalization;
using System.Security.Cryptography;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>
/// GitHub App endpoints, authenticated by the App's JWT: who the App is, where it is installed, and installation
/// access tokens (an hour long) that act as <c>{slug}[bot]</c> with write access to the installation's account.
/// </summary>
internal static class AppEndpoints
{
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);

    public static void MapApps(this RouteGroupBuilder api)
    {
        api.MapGet("/app", async (HttpContext http, ForgeContext forge) =>
        {
            var appId = AppJwt.Require(http);
            return ApiJson.Ok(await forge.Db.ReadAsync(s => App(forge, s.Apps[appId]), http.RequestAborted));
        });

        api.MapGet("/app/installations", async (HttpContext http, ForgeContext forge) =>
        {
            var appId = AppJwt.Require(http);
            return ApiJson.Ok(await forge.Db.ReadAsync(
                s => s.Apps[appId].Installations.OrderBy(i => i.Key).Select(i => Installation(s, forge, s.Apps[appId], i.Key)).ToList(), http.RequestAborted));
        });

        api.MapGet("/app/installations/{id}", async (HttpContext http, ForgeContext forge, string id) =>
        {
            var appId = AppJwt.Require(http);
            return ApiJson.Ok(await forge.Db.ReadAsync(s => Installation(s, forge, s.Apps[appId], InstallationId(s.Apps[appId], id)), http.RequestAborted));
        });

        api.MapGet("/orgs/{org}/installation", async (HttpContext http, ForgeContext forge, string org) =>
        {
            var appId = AppJwt.Require(http);
            return ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var app = s.Apps[appId];
                var installation = app.Installations.Where(i => string.Equals(i.Value, org, StringComparison.OrdinalIgnoreCase))
                    .Select(i => (long?)i.Key).FirstOrDefault() ?? throw ForgeApiException.NotFound();
                return Installation(s, forge, app, installation);
            }, http.RequestAborted));
        });

        api.MapPost("/app/installations/{id}/access_tokens", async (HttpContext http, ForgeContext forge, string id) =>
        {
            var appId = AppJwt.Require(http);
            var token = "ghs_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18));
            var expires = forge.Time.GetUtcNow() + TokenLifetime;
            await forge.Db.WriteAsync((s, c) =>
            {
                var app = s.Apps[appId];
                _ = InstallationId(app, id);

                // Expired installation tokens are dropped as new ones are minted, so the token table stays small.
                foreach (var stale in s.TokenExpiry.Where(t => t.Value <= forge.Time.GetUtcNow()).Select(t => t.Key).ToList())
                {
                    s.TokenExpiry.Remove(stale);
                    s.Tokens.Remove(stale);
                }

                s.Tokens[token] = app.BotLogin;
                s.TokenExpiry[token] = expires;
                c.Meta = true;
            }, http.RequestAborted);
            return ApiJson.Ok(new Dictionary<string, object>
            {
                ["token"] = token,
                ["expires_at"] = expires.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                ["permissions"] = new Dictionary<string, string> { ["contents"] = "write", ["issues"] = "write", ["pull_requests"] = "write", ["statuses"] = "write", ["checks"] = "write", ["metadata"] = "read" },
                ["repository_selection"] = "all",
            }, 201);
        });
    }

    private static long InstallationId(ForgeApp app, string id) =>
        long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && app.Installations.ContainsKey(value) ? value : throw ForgeApiException.NotFound();

    internal static Dictionary<string, object?> App(ForgeContext forge, ForgeApp app) => new()
    {
        ["id"] = app.Id,
        ["slug"] = app.Slug,
        ["node_id"] = $"A_{app.Id}",
        ["name"] = app.Name,
        ["owner"] = null,
        ["html_url"] = forge.Presenter.Urls.Html($"apps/{app.Slug}"),
        ["permissions"] = new Dictionary<string, string> { ["contents"] = "write", ["issues"] = "write", ["pull_requests"] = "write", ["statuses"] = "write" },
        ["events"] = new[] { "issue_comment", "issues", "pull_request", "pull_request_review", "push", "status" },
    };

    internal static Dictionary<string, object?> Installation(ForgeState state, ForgeContext forge, ForgeApp app, long id) => new()
    {
        ["id"] = id,
        ["app_id"] = app.Id,
        ["app_slug"] = app.Slug,
        ["account"] = forge.Presenter.User(state, app.Installations[id]),
        ["target_type"] = state.Orgs.ContainsKey(app.Installations[id]) ? "Organization" : "User",
        ["repository_selection"] = "all",
        ["access_tokens_url"] = forge.Presenter.Urls.ApiPath($"app/installations/{id}/access_tokens"),
    };
}
