using System.Text.Json;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Branch protection: GitHub takes flat values on PUT and answers with wrapped objects on GET.</summary>
internal static class ProtectionEndpoints
{
    public static void MapProtection(this RouteGroupBuilder api)
    {
        // A branch name may hold slashes (release/1.0), which GitHub's clients send unescaped: the route takes the rest
        // of the path, branch and "/protection" (as the GET that RepoEndpoints serves does).
        api.MapPut("/repos/{owner}/{repo}/branches/{**path}", async (HttpContext http, ForgeContext forge, string owner, string repo, string? path) =>
        {
            var branch = ProtectedBranch(path);
            BranchProtectionRequest request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<BranchProtectionRequest>(http.Request.Body, ApiJson.RequestOptions, http.RequestAborted)
                    ?? throw new ForgeApiException(400, "Problems parsing JSON");
            }
            catch (JsonException)
            {
                throw new ForgeApiException(400, "Problems parsing JSON");
            }

            var actor = forge.Actor(http);
            if (await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{branch}", http.RequestAborted) is null)
            {
                throw new ForgeApiException(404, "Branch not found");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireAdmin(s, r, actor);
                r.Protection[branch] = request;
                c.Touch(r);
                return Present(forge, s, r.Owner, request);
            }, http.RequestAborted));
        });

        api.MapDelete("/repos/{owner}/{repo}/branches/{**path}", async (HttpContext http, ForgeContext forge, string owner, string repo, string? path) =>
        {
            var branch = ProtectedBranch(path);
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireAdmin(s, r, actor);
                if (!r.Protection.Remove(branch))
                {
                    throw new ForgeApiException(404, "Branch not protected");
                }

                c.Touch(r);
            }, http.RequestAborted);
            return Results.NoContent();
        });
    }

    /// <summary>The branch of a <c>{branch}/protection</c> path; any other path under <c>branches/</c> is not found.</summary>
    private static string ProtectedBranch(string? path) =>
        path is not null && path.EndsWith("/protection", StringComparison.Ordinal) && path.Length > "/protection".Length
            ? path[..^"/protection".Length]
            : throw ForgeApiException.NotFound();

    public static async Task<IResult> GetAsync(HttpContext http, ForgeContext forge, string owner, string repo, string branch) =>
        ApiJson.Ok(await forge.Db.ReadAsync(s =>
        {
            var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
            return r.Protection.TryGetValue(branch, out var p) ? Present(forge, s, r.Owner, p) : throw new ForgeApiException(404, "Branch not protected");
        }, http.RequestAborted));

    private static BranchProtection Present(ForgeContext forge, State.ForgeState state, string org, BranchProtectionRequest p) => new()
    {
        RequiredStatusChecks = p.RequiredStatusChecks,
        EnforceAdmins = new EnabledSetting { Enabled = p.EnforceAdmins ?? false },
        RequiredPullRequestReviews = p.RequiredPullRequestReviews,
        Restrictions = p.Restrictions is null ? null : new RestrictionsSetting
        {
            Users = [.. p.Restrictions.Users.Select(u => forge.Presenter.User(state, u))],
            Teams = [.. p.Restrictions.Teams.Select(t => state.Orgs.GetValueOrDefault(org)?.Teams.Find(x => x.Slug == t) is { } team
                ? new Team { Id = team.Id, Name = team.Name, Slug = team.Slug }
                : new Team { Slug = t, Name = t })],
            Apps = [.. p.Restrictions.Apps.Select(a => new User { Login = a, Type = "Bot" })],
        },
        RequiredLinearHistory = new EnabledSetting { Enabled = p.RequiredLinearHistory },
        AllowForcePushes = new EnabledSetting { Enabled = p.AllowForcePushes },
        AllowDeletions = new EnabledSetting { Enabled = p.AllowDeletions },
    };
}
