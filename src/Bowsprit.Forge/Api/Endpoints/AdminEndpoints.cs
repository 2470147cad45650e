using System.Security.Cryptography;
using System.Text;
using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>
/// The forge's own admin API under <c>/api/forge</c>: things GitHub does in its UI (users, tokens, orgs, teams)
/// and a way to commit files without a git client. Open on loopback; with <c>--require-auth</c> it needs a
/// site administrator's token.
/// </summary>
internal static class AdminEndpoints
{
    public static void MapAdmin(this RouteGroupBuilder admin)
    {
        admin.MapPost("/users", async (HttpContext http, ForgeContext forge) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            await RequireAdminAsync(http, forge);
            if (!GitNames.IsValidName(request.Login))
            {
                throw ForgeApiException.Validation("User", "login", "invalid");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                if (s.User(request.Login) is { } existing)
                {
                    existing.Name = request.Name ?? existing.Name;
                    existing.Email = request.Email ?? existing.Email;
                    existing.SiteAdmin = request.SiteAdmin ?? existing.SiteAdmin;
                }
                else
                {
                    s.Users[request.Login!] = new ForgeUser
                    {
                        Id = s.NewId(), Login = request.Login!, Name = request.Name, Email = request.Email ?? $"{request.Login}@users.noreply.forge",
                        Type = request.Type ?? "User", SiteAdmin = request.SiteAdmin ?? false, CreatedAt = forge.Time.GetUtcNow(),
                    };
                }

                c.Users.Add(request.Login!);
                return forge.Presenter.User(s, request.Login!);
            }, http.RequestAborted), 201);
        });

        admin.MapPost("/users/{login}/tokens", async (HttpContext http, ForgeContext forge, string login) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            await RequireAdminAsync(http, forge);
            var token = string.IsNullOrEmpty(request.Token) ? "ghp_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(18)) : request.Token;
            await forge.Db.WriteAsync((s, c) =>
            {
                _ = s.User(login) ?? throw ForgeApiException.NotFound();
                s.Tokens[token] = s.User(login)!.Login;
                c.Meta = true;
            }, http.RequestAborted);
            return ApiJson.Ok(new Dictionary<string, string> { ["token"] = token, ["login"] = login }, 201);
        });

        admin.MapPost("/orgs", async (HttpContext http, ForgeContext forge) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            await RequireAdminAsync(http, forge);
            if (!GitNames.IsValidName(request.Login))
            {
                throw ForgeApiException.Validation("Organization", "login", "invalid");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                if (!s.Orgs.ContainsKey(request.Login!))
                {
                    var id = s.User(request.Login)?.Id ?? s.NewId();
                    s.Orgs[request.Login!] = new ForgeOrg { Id = id, Login = request.Login! };
                    s.Users[request.Login!] = new ForgeUser { Id = id, Login = request.Login!, Type = "Organization", CreatedAt = forge.Time.GetUtcNow() };
                    c.Users.Add(request.Login!);
                    c.Orgs.Add(request.Login!);
                }

                return forge.Presenter.User(s, request.Login!);
            }, http.RequestAborted), 201);
        });

        admin.MapPut("/orgs/{org}/members/{login}", async (HttpContext http, ForgeContext forge, string org, string login) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            await RequireAdminAsync(http, forge);
            await forge.Db.WriteAsync((s, c) =>
            {
                var o = s.Orgs.GetValueOrDefault(org) ?? throw ForgeApiException.NotFound();
                _ = s.User(login) ?? throw ForgeApiException.NotFound();
                o.Members[s.User(login)!.Login] = request.Role == "admin" ? "admin" : "member";
                c.Orgs.Add(org);
            }, http.RequestAborted);
            return Results.NoContent();
        });

        admin.MapDelete("/orgs/{org}/members/{login}", async (HttpContext http, ForgeContext forge, string org, string login) =>
        {
            await RequireAdminAsync(http, forge);
            await forge.Db.WriteAsync((s, c) =>
            {
                (s.Orgs.GetValueOrDefault(org) ?? throw ForgeApiException.NotFound()).Members.Remove(login);
                c.Orgs.Add(org);
            }, http.RequestAborted);
            return Results.NoContent();
        });

        admin.MapPost("/orgs/{org}/teams", async (HttpContext http, ForgeContext forge, string org) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            await RequireAdminAsync(http, forge);
            if (string.IsNullOrWhiteSpace(request.Name))
            {
                throw ForgeApiException.Validation("Team", "name");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var o = s.Orgs.GetValueOrDefault(org) ?? throw ForgeApiException.NotFound();
                var slug = request.Slug ?? request.Name.ToLowerInvariant().Replace(' ', '-');
                var team = o.Teams.Find(t => t.Slug == slug);
                if (team is null)
                {
                    team = new ForgeTeam { Id = s.NewId(), Slug = slug, Name = request.Name };
                    o.Teams.Add(team);
                }

                team.Members = request.Members ?? team.Members;
                foreach (var (repo, permission) in request.Repos ?? [])
                {
                    team.Repos[repo] = Access.Normalize(permission);
                }

                c.Orgs.Add(org);
                return new Dictionary<string, object> { ["id"] = team.Id, ["slug"] = team.Slug, ["name"] = team.Name };
            }, http.RequestAborted), 201);
        });

        admin.MapPost("/repos/{owner}/{repo}/commits", async (HttpContext http, ForgeContext forge, PushProcessor pushes, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<AdminRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            await RequireAdminAsync(http, forge);
            var branch = request.Branch ?? await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, actor).DefaultBranch, http.RequestAborted);
            if (!GitNames.IsValidBranchName(branch))
            {
                throw ForgeApiException.Validation("Commit", "branch", "invalid");
            }

            if (request.Files?.Keys.All(GitNames.IsValidTreePath) == false)
            {
                throw ForgeApiException.Validation("Commit", "files", "invalid");
            }

            // git refuses NUL in a commit message.
            if (request.Message?.Contains('\0', StringComparison.Ordinal) == true)
            {
                throw ForgeApiException.Validation("Commit", "message", "invalid");
            }

            var bare = forge.Git.Open(owner, repo);
            var before = await bare.ResolveAsync($"refs/heads/{branch}", http.RequestAborted);
            var parent = before ?? (request.From is { } from ? await forge.Git.ResolveAsync(owner, repo, from, http.RequestAborted) : null);
            var user = await forge.Db.ReadAsync(s => s.User(actor), http.RequestAborted);
            var files = (request.Files ?? []).ToDictionary(f => f.Key, f => f.Value is null ? null : Encoding.UTF8.GetBytes(f.Value));
            var sha = await bare.CreateCommitAsync(parent, files, request.Message ?? "Update files", new GitIdentity(user?.Name ?? actor, user?.Email ?? $"{actor}@users.noreply.forge"), http.RequestAborted);
            if (!await bare.UpdateRefAsync($"refs/heads/{branch}", sha, before ?? GitNames.ZeroSha, http.RequestAborted))
            {
                throw new ForgeApiException(409, "Branch was modified concurrently; try again.");
            }

            await pushes.HandleAsync(owner, repo, actor, [new RefUpdate($"refs/heads/{branch}", before ?? RefUpdate.ZeroSha, sha)], http.RequestAborted);
            return ApiJson.Ok(new Dictionary<string, string> { ["sha"] = sha, ["branch"] = branch }, 201);
        });
    }

    internal static async Task RequireAdminAsync(HttpContext http, ForgeContext forge)
    {
        if (!forge.Options.RequireAuth)
        {
            return;
        }

        var login = ForgeContext.Viewer(http) ?? throw new ForgeApiException(401, "Requires authentication");
        if (!await forge.Db.ReadAsync(s => s.User(login)?.SiteAdmin == true, http.RequestAborted))
        {
            throw ForgeApiException.Forbidden("Must be a site administrator.");
        }
    }
}
