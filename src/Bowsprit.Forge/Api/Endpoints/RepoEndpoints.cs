using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Repos;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Repositories, branches, refs, commits and collaborators.</summary>
internal static class RepoEndpoints
{
    public static void MapRepos(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s => forge.Presenter.Repository(s, ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), ForgeContext.Viewer(http)), http.RequestAborted)));

        api.MapPost("/orgs/{org}/repos", async (HttpContext http, ForgeContext forge, string org) =>
        {
            var request = await ApiJson.ReadAsync<RepoRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            await forge.Db.ReadAsync(s =>
            {
                var o = s.Orgs.GetValueOrDefault(org) ?? throw ForgeApiException.NotFound();
                return o.Members.GetValueOrDefault(actor) == "admin" || s.User(actor)?.SiteAdmin == true || actor == forge.Options.DefaultUser
                    ? true : throw ForgeApiException.Forbidden("You must be an admin of the organization to create repositories.");
            }, http.RequestAborted);
            return ApiJson.Ok(await RepoCreation.CreateAsync(forge, org, request, actor, http.RequestAborted), 201);
        });

        api.MapPost("/user/repos", async (HttpContext http, ForgeContext forge) =>
        {
            var request = await ApiJson.ReadAsync<RepoRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await RepoCreation.CreateAsync(forge, actor, request, actor, http.RequestAborted), 201);
        });

        api.MapMethods("/repos/{owner}/{repo}", ["PATCH"], async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<RepoRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (request.DefaultBranch is { } branch && await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{branch}", http.RequestAborted) is null)
            {
                throw ForgeApiException.Validation("Repository", "default_branch", "invalid");
            }

            var result = await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireAdmin(s, r, actor);
                r.Description = request.Description ?? r.Description;
                r.Private = request.Private ?? r.Private;
                r.Archived = request.Archived ?? r.Archived;
                r.DefaultBranch = request.DefaultBranch ?? r.DefaultBranch;
                r.AllowMergeCommit = request.AllowMergeCommit ?? r.AllowMergeCommit;
                r.AllowSquashMerge = request.AllowSquashMerge ?? r.AllowSquashMerge;
                r.AllowRebaseMerge = request.AllowRebaseMerge ?? r.AllowRebaseMerge;
                c.Touch(r);
                return forge.Presenter.Repository(s, r, actor);
            }, http.RequestAborted);
            if (request.DefaultBranch is { } defaultBranch)
            {
                await forge.Git.SetDefaultBranchAsync(owner, repo, defaultBranch, http.RequestAborted);
            }

            return ApiJson.Ok(result);
        });

        api.MapGet("/repos/{owner}/{repo}/branches", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var protectedBranches = await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)).Protection.Keys.ToHashSet(), http.RequestAborted);
            var branches = await forge.Git.BranchesAsync(owner, repo, http.RequestAborted);
            var onlyProtected = http.Request.Query["protected"] == "true";
            return Paging.Page(http, branches
                .Where(b => !onlyProtected || protectedBranches.Contains(b.Key))
                .OrderBy(b => b.Key, StringComparer.Ordinal)
                .Select(b => new Branch { Name = b.Key, Commit = new ShaReference { Sha = b.Value }, Protected = protectedBranches.Contains(b.Key) }).ToList());
        });

        api.MapGet("/repos/{owner}/{repo}/branches/{**branch}", async (HttpContext http, ForgeContext forge, string owner, string repo, string branch) =>
        {
            if (branch.EndsWith("/protection", StringComparison.Ordinal))
            {
                return await ProtectionEndpoints.GetAsync(http, forge, owner, repo, branch[..^"/protection".Length]);
            }

            var isProtected = await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)).Protection.ContainsKey(branch), http.RequestAborted);
            var sha = await forge.Git.ResolveAsync(owner, repo, $"refs/heads/{branch}", http.RequestAborted) ?? throw new ForgeApiException(404, "Branch not found");
            return ApiJson.Ok(new Branch { Name = branch, Commit = new ShaReference { Sha = sha }, Protected = isProtected });
        });

        api.MapGet("/repos/{owner}/{repo}/git/refs/{**name}", async (HttpContext http, ForgeContext forge, string owner, string repo, string name) =>
        {
            await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), http.RequestAborted);
            var sha = await forge.Git.ResolveAsync(owner, repo, $"refs/{name}", http.RequestAborted) ?? throw ForgeApiException.NotFound();
            return ApiJson.Ok(new GitRefResponse { Ref = $"refs/{name}", Object = new GitRefObject { Sha = sha } });
        });

        api.MapGet("/repos/{owner}/{repo}/commits/{sha}", async (HttpContext http, ForgeContext forge, string owner, string repo, string sha) =>
        {
            await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), http.RequestAborted);
            var commit = await forge.Git.CommitAsync(owner, repo, sha, http.RequestAborted) ?? throw new ForgeApiException(422, $"No commit found for SHA: {sha}");
            return ApiJson.Ok(await forge.Db.ReadAsync(s => CommitPresenter.Present(forge, s, owner, repo, commit), http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/collaborators", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return s.Users.Values.Where(u => u.Type != "Organization" && Access.IsCollaborator(s, r, u.Login))
                    .OrderBy(u => u.Login, StringComparer.OrdinalIgnoreCase).Select(u => forge.Presenter.User(s, u.Login)).ToList();
            }, http.RequestAborted)));

        api.MapGet("/repos/{owner}/{repo}/collaborators/{user}", async (HttpContext http, ForgeContext forge, string owner, string repo, string user) =>
            await forge.Db.ReadAsync(s => Access.IsCollaborator(s, ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), user), http.RequestAborted)
                ? Results.NoContent()
                : ApiJson.Error(404, "Not Found"));

        api.MapGet("/repos/{owner}/{repo}/collaborators/{user}/permission", async (HttpContext http, ForgeContext forge, string owner, string repo, string user) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var level = s.User(user) is null ? throw ForgeApiException.NotFound() : Access.Permission(s, r, user);
                return new CollaboratorPermission
                {
                    Permission = level switch { "maintain" => "write", "triage" => "read", _ => level },
                    RoleName = level,
                    User = forge.Presenter.User(s, user),
                };
            }, http.RequestAborted)));

        api.MapPut("/repos/{owner}/{repo}/collaborators/{user}", async (HttpContext http, ForgeContext forge, string owner, string repo, string user) =>
        {
            var request = await ApiJson.ReadAsync<PermissionRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireAdmin(s, r, actor);
                _ = s.User(user) ?? throw ForgeApiException.NotFound();
                r.Collaborators[user] = Access.Normalize(request.Permission ?? "write");
                c.Touch(r);
            }, http.RequestAborted);
            return Results.NoContent();
        });

        api.MapDelete("/repos/{owner}/{repo}/collaborators/{user}", async (HttpContext http, ForgeContext forge, string owner, string repo, string user) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireAdmin(s, r, actor);
                r.Collaborators.Remove(user);
                c.Touch(r);
            }, http.RequestAborted);
            return Results.NoContent();
        });
    }
}
