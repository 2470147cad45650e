using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Repos;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Pull requests: create, read, update, files, commits, reviewers.</summary>
internal static class PullEndpoints
{
    public static void MapPulls(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/pulls", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var state = http.Request.Query["state"].ToString() is { Length: > 0 } st ? st : "open";
            var head = http.Request.Query["head"].ToString();
            var baseRef = http.Request.Query["base"].ToString();
            return Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return r.Issues.Values.Reverse()
                    .Where(i => i.Pull is not null && (state == "all" || i.State == state))
                    .Where(i => head.Length == 0 || head == i.Pull!.HeadRef || head.EndsWith(":" + i.Pull.HeadRef, StringComparison.Ordinal))
                    .Where(i => baseRef.Length == 0 || baseRef == i.Pull!.BaseRef)
                    .Select(i => forge.Presenter.PullRequest(s, r, i)).ToList();
            }, http.RequestAborted));
        });

        api.MapPost("/repos/{owner}/{repo}/pulls", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<PullRequestRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            var pull = await PullCreation.OpenAsync(forge, owner, repo, request, actor, http.RequestAborted);
            return ApiJson.Ok(pull, 201);
        });

        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return forge.Presenter.PullRequest(s, r, ForgeContext.Pull(r, number));
            }, http.RequestAborted)));

        api.MapMethods("/repos/{owner}/{repo}/pulls/{number:int}", ["PATCH"], async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<PullRequestRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await PullCreation.UpdateAsync(forge, owner, repo, number, request, actor, http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/files", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var (baseSha, headSha) = await ShasAsync(http, forge, owner, repo, number);
            var files = await forge.Git.PullFilesAsync(owner, repo, baseSha, headSha, http.RequestAborted);
            return Paging.Page(http, files.Select(f => new PullRequestFile
            {
                Filename = f.Filename,
                Status = f.Status.ToString().ToLowerInvariant(),
                Additions = f.Additions,
                Deletions = f.Deletions,
                Changes = f.Changes,
                Patch = f.Patch,
                PreviousFilename = f.PreviousFilename,
            }).ToList());
        });

        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/commits", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var (baseSha, headSha) = await ShasAsync(http, forge, owner, repo, number);
            var commits = await forge.Git.PullCommitsAsync(owner, repo, baseSha, headSha, http.RequestAborted);
            return Paging.Page(http, await forge.Db.ReadAsync(s => commits.Select(c => CommitPresenter.Present(forge, s, owner, repo, c)).ToList(), http.RequestAborted));
        });

        api.MapPost("/repos/{owner}/{repo}/pulls/{number:int}/requested_reviewers", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            RequestReviewersAsync(http, forge, owner, repo, number, add: true));

        api.MapDelete("/repos/{owner}/{repo}/pulls/{number:int}/requested_reviewers", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            RequestReviewersAsync(http, forge, owner, repo, number, add: false));
    }

    private static async Task<(string Base, string Head)> ShasAsync(HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        await forge.Db.ReadAsync(s =>
        {
            var pull = ForgeContext.Pull(ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), number).Pull!;
            return (pull.BaseSha, pull.HeadSha);
        }, http.RequestAborted);

    private static async Task<IResult> RequestReviewersAsync(HttpContext http, ForgeContext forge, string owner, string repo, int number, bool add)
    {
        var request = await ApiJson.ReadAsync<AssigneesRequest>(http.Request, http.RequestAborted);
        var actor = forge.Actor(http);
        return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            var issue = ForgeContext.Pull(r, number);
            var pull = issue.Pull!;
            foreach (var login in request.Reviewers ?? [])
            {
                if (add && s.User(login) is null)
                {
                    throw new ForgeApiException(422, "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the " + r.FullName + " repository.");
                }

                if (add && string.Equals(login, issue.User, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ForgeApiException(422, "Review cannot be requested from pull request author.");
                }

                var has = pull.RequestedReviewers.Contains(login, StringComparer.OrdinalIgnoreCase);
                if (add && !has)
                {
                    pull.RequestedReviewers.Add(login);
                    c.Publish(forge.Events.PullRequest(s, r, issue, "review_requested", actor, requestedReviewer: login));
                }
                else if (!add && has)
                {
                    pull.RequestedReviewers.RemoveAll(x => string.Equals(x, login, StringComparison.OrdinalIgnoreCase));
                    c.Publish(forge.Events.PullRequest(s, r, issue, "review_request_removed", actor, requestedReviewer: login));
                }
            }

            foreach (var team in request.TeamReviewers ?? [])
            {
                if (add && !pull.RequestedTeams.Contains(team))
                {
                    pull.RequestedTeams.Add(team);
                }
                else if (!add)
                {
                    pull.RequestedTeams.Remove(team);
                }
            }

            IssueMutations.Touch(forge, r, issue, c);
            return forge.Presenter.PullRequest(s, r, issue);
        }, http.RequestAborted), add ? 201 : 200);
    }
}
