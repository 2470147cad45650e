using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Organizations, membership and teams.</summary>
internal static class OrgEndpoints
{
    public static void MapOrgs(this RouteGroupBuilder api)
    {
        api.MapGet("/orgs/{org}", async (HttpContext http, ForgeContext forge, string org) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s => s.Orgs.ContainsKey(org) ? forge.Presenter.User(s, org) : throw ForgeApiException.NotFound(), http.RequestAborted)));

        api.MapGet("/orgs/{org}/members", async (HttpContext http, ForgeContext forge, string org) =>
            Paging.Page(http, await forge.Db.ReadAsync(s => Org(s, org).Members
                .Where(m => http.Request.Query["role"] is not ["admin"] || m.Value == "admin")
                .OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase)
                .Select(m => forge.Presenter.User(s, m.Key)).ToList(), http.RequestAborted)));

        // GitHub answers membership checks with 204 (member) or 404 (not a member).
        api.MapGet("/orgs/{org}/members/{user}", async (HttpContext http, ForgeContext forge, string org, string user) =>
            await forge.Db.ReadAsync(s => Org(s, org).Members.ContainsKey(user), http.RequestAborted)
                ? Results.NoContent()
                : ApiJson.Error(404, "Not Found"));

        api.MapGet("/orgs/{org}/memberships/{user}", async (HttpContext http, ForgeContext forge, string org, string user) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s => Org(s, org).Members.TryGetValue(user, out var role)
                ? new OrgMembership { State = "active", Role = role, User = forge.Presenter.User(s, user) }
                : throw ForgeApiException.NotFound(), http.RequestAborted)));

        api.MapGet("/orgs/{org}/teams", async (HttpContext http, ForgeContext forge, string org) =>
            Paging.Page(http, await forge.Db.ReadAsync(s => Org(s, org).Teams.Select(Team).ToList(), http.RequestAborted)));

        api.MapGet("/orgs/{org}/teams/{slug}", async (HttpContext http, ForgeContext forge, string org, string slug) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s => Team(TeamOf(s, org, slug)), http.RequestAborted)));

        api.MapGet("/orgs/{org}/teams/{slug}/members", async (HttpContext http, ForgeContext forge, string org, string slug) =>
            Paging.Page(http, await forge.Db.ReadAsync(s => TeamOf(s, org, slug).Members.Select(m => forge.Presenter.User(s, m)).ToList(), http.RequestAborted)));

        api.MapGet("/teams/{id:long}/members", async (HttpContext http, ForgeContext forge, long id) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
                (s.Orgs.Values.SelectMany(o => o.Teams).FirstOrDefault(t => t.Id == id) ?? throw ForgeApiException.NotFound())
                    .Members.Select(m => forge.Presenter.User(s, m)).ToList(), http.RequestAborted)));

        // GitHub answers 404 for an owner that does not exist (the forge also lists a user's repositories here).
        api.MapGet("/orgs/{org}/repos", async (HttpContext http, ForgeContext forge, string org) =>
            Paging.Page(http, await forge.Db.ReadAsync(s => (s.User(org) is null && !s.Orgs.ContainsKey(org) ? throw ForgeApiException.NotFound() : s.Repos.Values)
                .Where(r => string.Equals(r.Owner, org, StringComparison.OrdinalIgnoreCase))
                .Where(r => !r.Private || (ForgeContext.Viewer(http) is { } v && Access.Permission(s, r, v) != "none"))
                .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
                .Select(r => forge.Presenter.Repository(s, r, ForgeContext.Viewer(http))).ToList(), http.RequestAborted)));
    }

    private static ForgeOrg Org(ForgeState state, string org) => state.Orgs.GetValueOrDefault(org) ?? throw ForgeApiException.NotFound();

    private static ForgeTeam TeamOf(ForgeState state, string org, string slug) =>
        Org(state, org).Teams.Find(t => string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase)) ?? throw ForgeApiException.NotFound();

    private static Team Team(ForgeTeam team) => new()
    {
        Id = team.Id,
        NodeId = $"T_{team.Id}",
        Name = team.Name,
        Slug = team.Slug,
        Description = team.Description,
        Privacy = team.Privacy,
        Permission = "pull",
    };
}
