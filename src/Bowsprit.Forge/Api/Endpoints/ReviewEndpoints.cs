using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Pull request reviews and review comments.</summary>
internal static class ReviewEndpoints
{
    public static void MapReviews(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/reviews", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var issue = ForgeContext.Pull(r, number);
                return issue.Pull!.Reviews.Select(x => forge.Presenter.Review(s, r, issue, x)).ToList();
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/pulls/{number:int}/reviews", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<ReviewRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) => Submit(forge, s, c, owner, repo, number, request, actor), http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/pulls/{number:int}/comments", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var issue = ForgeContext.Pull(r, number);
                return issue.Pull!.ReviewComments.Select(x => forge.Presenter.ReviewComment(s, r, issue, x)).ToList();
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/pulls/{number:int}/comments", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<ReviewRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrEmpty(request.Body) || string.IsNullOrEmpty(request.Path))
            {
                throw ForgeApiException.Validation("PullRequestReviewComment", string.IsNullOrEmpty(request.Body) ? "body" : "path");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                var issue = ForgeContext.Pull(r, number);
                var comment = AddComment(forge, s, c, r, issue, request, null, actor);
                return forge.Presenter.ReviewComment(s, r, issue, comment);
            }, http.RequestAborted), 201);
        });
    }

    public static object Submit(ForgeContext forge, ForgeState s, ForgeChanges c, string owner, string repo, int number, ReviewRequest request, string actor)
    {
        var r = ForgeContext.Repo(s, owner, repo, actor);
        var issue = ForgeContext.Pull(r, number);
        var state = request.Event switch
        {
            "APPROVE" => "APPROVED",
            "REQUEST_CHANGES" => "CHANGES_REQUESTED",
            "COMMENT" or null => "COMMENTED",
            _ => throw ForgeApiException.Validation("PullRequestReview", "event", "invalid"),
        };
        if (state != "COMMENTED" && string.Equals(issue.User, actor, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForgeApiException(422, state == "APPROVED" ? "Can not approve your own pull request" : "Can not request changes on your own pull request");
        }

        if (state is "CHANGES_REQUESTED" or "COMMENTED" && string.IsNullOrEmpty(request.Body) && request.Comments is not { Count: > 0 })
        {
            throw ForgeApiException.Validation("PullRequestReview", "body");
        }

        var review = new ForgeReview
        {
            Id = s.NewId(), User = actor, State = state, Body = request.Body,
            CommitId = request.CommitId ?? issue.Pull!.HeadSha, SubmittedAt = forge.Time.GetUtcNow(),
        };
        issue.Pull!.Reviews.Add(review);
        issue.Pull.RequestedReviewers.RemoveAll(x => string.Equals(x, actor, StringComparison.OrdinalIgnoreCase));
        foreach (var comment in request.Comments ?? [])
        {
            AddComment(forge, s, c, r, issue, comment, review.Id, actor);
        }

        IssueMutations.Touch(forge, r, issue, c);
        c.Publish(forge.Events.Review(s, r, issue, review, "submitted", actor));
        return forge.Presenter.Review(s, r, issue, review);
    }

    private static ForgeReviewComment AddComment(ForgeContext forge, ForgeState s, ForgeChanges c, ForgeRepo r, ForgeIssue issue, ReviewRequest request, long? reviewId, string actor)
    {
        var now = forge.Time.GetUtcNow();
        var comment = new ForgeReviewComment
        {
            Id = s.NewId(), ReviewId = reviewId, User = actor, Body = request.Body ?? "", Path = request.Path,
            CommitId = request.CommitId ?? issue.Pull!.HeadSha, CreatedAt = now, UpdatedAt = now,
        };
        issue.Pull!.ReviewComments.Add(comment);
        c.Touch(r);
        c.Publish(forge.Events.ReviewComment(s, r, issue, comment, "created", actor));
        return comment;
    }
}
