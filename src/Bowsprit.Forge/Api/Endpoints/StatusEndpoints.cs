using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Commit statuses, the combined status, and check runs.</summary>
internal static class StatusEndpoints
{
    private static readonly string[] States = ["error", "failure", "pending", "success"];

    public static void MapStatuses(this RouteGroupBuilder api)
    {
        api.MapPost("/repos/{owner}/{repo}/statuses/{sha}", async (HttpContext http, ForgeContext forge, string owner, string repo, string sha) =>
        {
            var request = await ApiJson.ReadAsync<StatusRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (request.State is null || !States.Contains(request.State))
            {
                throw ForgeApiException.Validation("Status", "state", "invalid");
            }

            await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, actor), http.RequestAborted);
            if (await forge.Git.ResolveAsync(owner, repo, sha, http.RequestAborted) is not { } resolved || !string.Equals(resolved, sha, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForgeApiException(422, $"No commit found for SHA: {sha}");
            }

            var branches = await forge.Git.BranchesAtAsync(owner, repo, resolved, http.RequestAborted);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var now = forge.Time.GetUtcNow();
                var status = new ForgeStatus
                {
                    Id = s.NewId(), State = request.State, Context = string.IsNullOrEmpty(request.Context) ? "default" : request.Context,
                    Description = Truncate(request.Description), TargetUrl = request.TargetUrl, Creator = actor, CreatedAt = now, UpdatedAt = now,
                };
                if (!r.Statuses.TryGetValue(resolved, out var list))
                {
                    list = [];
                    r.Statuses[resolved] = list;
                }

                // GitHub keeps at most 1000 statuses per SHA and context; the newest wins.
                list.Add(status);
                c.Touch(r);
                c.Publish(forge.Events.Status(s, r, resolved, status, branches, actor));
                return forge.Presenter.Status(s, status);
            }, http.RequestAborted), 201);
        });

        api.MapGet("/repos/{owner}/{repo}/commits/{gitRef}/statuses", async (HttpContext http, ForgeContext forge, string owner, string repo, string gitRef) =>
        {
            var sha = await ResolveOr404Async(http, forge, owner, repo, gitRef);
            return Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return r.Statuses.GetValueOrDefault(sha, []).AsEnumerable().Reverse().Select(x => forge.Presenter.Status(s, x)).ToList();
            }, http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/commits/{gitRef}/status", async (HttpContext http, ForgeContext forge, string owner, string repo, string gitRef) =>
        {
            var sha = await ResolveOr404Async(http, forge, owner, repo, gitRef);
            return ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var latest = Latest(r, sha).Select(x => forge.Presenter.Status(s, x)).ToList();
                return new CombinedStatus { Sha = sha, State = Combine(latest.Select(x => x.State)), TotalCount = latest.Count, Statuses = latest };
            }, http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/commits/{gitRef}/check-runs", async (HttpContext http, ForgeContext forge, string owner, string repo, string gitRef) =>
        {
            var sha = await ResolveOr404Async(http, forge, owner, repo, gitRef);
            return ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var runs = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)).CheckRuns.Where(x => x.HeadSha == sha).Select(GitHubPresenter.CheckRun).ToList();
                return new CheckRunList { TotalCount = runs.Count, CheckRuns = runs };
            }, http.RequestAborted));
        });

        api.MapPost("/repos/{owner}/{repo}/check-runs", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<CheckRunRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrEmpty(request.Name) || string.IsNullOrEmpty(request.HeadSha))
            {
                throw ForgeApiException.Validation("CheckRun", string.IsNullOrEmpty(request.Name) ? "name" : "head_sha");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var now = forge.Time.GetUtcNow();
                var run = new ForgeCheckRun
                {
                    Id = s.NewId(), Name = request.Name, HeadSha = request.HeadSha, Status = request.Status ?? (request.Conclusion is null ? "queued" : "completed"),
                    Conclusion = request.Conclusion, DetailsUrl = request.DetailsUrl, StartedAt = now, CompletedAt = request.Conclusion is null ? null : now,
                };
                r.CheckRuns.Add(run);
                c.Touch(r);
                return GitHubPresenter.CheckRun(run);
            }, http.RequestAborted), 201);
        });
    }

    /// <summary>The newest status of each context, newest first, as the combined status lists them.</summary>
    public static List<ForgeStatus> Latest(ForgeRepo repo, string sha) =>
        [.. repo.Statuses.GetValueOrDefault(sha, []).AsEnumerable().Reverse().DistinctBy(x => x.Context)];

    /// <summary>failure if any failed or errored, pending if any pending (or none at all), else success.</summary>
    public static string Combine(IEnumerable<string> states)
    {
        var list = states.ToList();
        if (list.Exists(s => s is "failure" or "error"))
        {
            return "failure";
        }

        return list.Count == 0 || list.Contains("pending") ? "pending" : "success";
    }

    /// <summary>The commit <paramref name="gitRef"/> names: 404 for an unknown repository, 422 for an unknown ref (as GitHub).</summary>
    private static async Task<string> ResolveOr404Async(HttpContext http, ForgeContext forge, string owner, string repo, string gitRef)
    {
        await forge.Db.ReadAsync(s => ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), http.RequestAborted);
        return await forge.Git.ResolveAsync(owner, repo, gitRef, http.RequestAborted) ?? throw new ForgeApiException(422, $"No commit found for SHA: {gitRef}");
    }

    private static string? Truncate(string? description) => description is { Length: > 140 } ? description[..140] : description;
}
