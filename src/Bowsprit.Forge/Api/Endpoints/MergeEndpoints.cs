using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary><c>PUT /repos/{o}/{r}/pulls/{n}/merge</c> with GitHub's guards and messages.</summary>
internal static class MergeEndpoints
{
    public static void MapMerge(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/merge", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            await forge.Db.ReadAsync(s => ForgeContext.Pull(ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http)), number).Pull!.Merged, http.RequestAborted)
                ? Results.NoContent()
                : ApiJson.Error(404, "Not Found"));

        api.MapPut("/repos/{owner}/{repo}/pulls/{number:int}/merge", async (HttpContext http, ForgeContext forge, PushProcessor pushes, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<MergeRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await MergeAsync(forge, pushes, owner, repo, number, request, actor, http.RequestAborted));
        });
    }

    public static async Task<MergeResult> MergeAsync(ForgeContext forge, PushProcessor pushes, string owner, string repo, int number, MergeRequest request, string actor, CancellationToken ct)
    {
        var method = request.MergeMethod switch
        {
            null or "merge" => MergeMethod.Merge,
            "squash" => MergeMethod.Squash,
            "rebase" => MergeMethod.Rebase,
            _ => throw ForgeApiException.Validation("PullRequest", "merge_method", "invalid"),
        };

        var (pull, title, identity) = await forge.Db.ReadAsync(s =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            ForgeContext.RequireWrite(s, r, actor);
            var issue = ForgeContext.Pull(r, number);
            var p = issue.Pull!;
            if (p.Merged || issue.State != "open")
            {
                throw new ForgeApiException(405, "Pull Request is not mergeable");
            }

            if (p.Draft)
            {
                throw new ForgeApiException(405, "Pull Request is still a draft");
            }

            if (request.Sha is { Length: > 0 } sha && !string.Equals(sha, p.HeadSha, StringComparison.OrdinalIgnoreCase))
            {
                throw new ForgeApiException(409, "Head branch was modified. Review and try the merge again.");
            }

            var allowed = method switch
            {
                MergeMethod.Squash => (r.AllowSquashMerge, "Squash merges are not allowed on this repository."),
                MergeMethod.Rebase => (r.AllowRebaseMerge, "Rebase merges are not allowed on this repository."),
                _ => (r.AllowMergeCommit, "Merge commits are not allowed on this repository."),
            };
            if (!allowed.Item1)
            {
                throw new ForgeApiException(405, allowed.Item2);
            }

            CheckProtection(r, issue);
            var user = s.User(actor);
            var title = request.CommitTitle ?? (method == MergeMethod.Squash ? $"{issue.Title} (#{issue.Number})" : $"Merge pull request #{issue.Number} from {r.Owner}/{p.HeadRef}");
            return (p, title, new GitIdentity(user?.Name ?? actor, user?.Email ?? $"{actor}@users.noreply.forge"));
        }, ct);

        var bare = forge.Git.Open(owner, repo);
        var result = await bare.MergePullAsync(pull.BaseRef, pull.HeadSha, method, title, request.CommitMessage, identity, null, ct);
        if (!result.Succeeded)
        {
            throw result.Status == MergePullStatus.Conflict
                ? new ForgeApiException(405, "Pull Request is not mergeable")
                : new ForgeApiException(409, "Base branch was modified. Review and try the merge again.");
        }

        await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            var issue = ForgeContext.Pull(r, number);
            var now = forge.Time.GetUtcNow();
            issue.State = "closed";
            issue.ClosedAt = now;
            issue.UpdatedAt = now;
            issue.Pull!.Merged = true;
            issue.Pull.MergedAt = now;
            issue.Pull.MergedBy = actor;
            issue.Pull.MergeCommitSha = result.Sha;
            c.Touch(r);
            c.Publish(forge.Events.PullRequest(s, r, issue, "closed", actor));
        }, ct);

        await pushes.HandleAsync(owner, repo, actor, [new RefUpdate($"refs/heads/{pull.BaseRef}", result.PreviousBaseSha!, result.Sha!)], ct);
        return new MergeResult { Sha = result.Sha, Merged = true, Message = "Pull Request successfully merged" };
    }

    /// <summary>Required status checks and approving reviews from the base branch's protection.</summary>
    private static void CheckProtection(ForgeRepo repo, ForgeIssue issue)
    {
        var pull = issue.Pull!;
        if (!repo.Protection.TryGetValue(pull.BaseRef, out var protection))
        {
            return;
        }

        var latest = StatusEndpoints.Latest(repo, pull.HeadSha);
        foreach (var context in protection.RequiredStatusChecks?.Contexts ?? [])
        {
            var status = latest.Find(x => x.Context == context);
            if (status?.State != "success")
            {
                throw new ForgeApiException(405, status is null ? $"Required status check \"{context}\" is expected." : $"Required status check \"{context}\" is {status.State}.");
            }
        }

        var required = protection.RequiredPullRequestReviews?.RequiredApprovingReviewCount ?? 0;
        var approvals = pull.Reviews.GroupBy(r => r.User, StringComparer.OrdinalIgnoreCase).Count(g => g.LastOrDefault(r => r.State != "COMMENTED")?.State == "APPROVED");
        if (approvals < required)
        {
            throw new ForgeApiException(405, $"At least {required} approving review{(required == 1 ? " is" : "s are")} required by reviewers with write access.");
        }
    }
}
