using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Issue and pull request conversation comments.</summary>
internal static class CommentEndpoints
{
    public static void MapComments(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/issues/{number:int}/comments", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var issue = ForgeContext.Issue(r, number);
                return issue.Comments.Select(x => forge.Presenter.Comment(s, r, issue, x)).ToList();
            }, http.RequestAborted)));

        api.MapGet("/repos/{owner}/{repo}/issues/comments", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return r.Issues.Values.SelectMany(i => i.Comments.Select(x => (i, x))).OrderBy(p => p.x.Id)
                    .Select(p => forge.Presenter.Comment(s, r, p.i, p.x)).ToList();
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/issues/{number:int}/comments", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<CommentRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrEmpty(request.Body))
            {
                throw ForgeApiException.Validation("IssueComment", "body");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                var issue = ForgeContext.Issue(r, number);
                if (issue.Locked && !Access.CanWrite(s, r, actor))
                {
                    throw ForgeApiException.Forbidden("Issue is locked");
                }

                return forge.Presenter.Comment(s, r, issue, IssueMutations.Comment(forge, s, c, r, issue, request.Body, actor));
            }, http.RequestAborted), 201);
        });

        api.MapGet("/repos/{owner}/{repo}/issues/comments/{id:long}", async (HttpContext http, ForgeContext forge, string owner, string repo, long id) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var (issue, comment) = Find(r, id);
                return forge.Presenter.Comment(s, r, issue, comment);
            }, http.RequestAborted)));

        api.MapMethods("/repos/{owner}/{repo}/issues/comments/{id:long}", ["PATCH"], async (HttpContext http, ForgeContext forge, string owner, string repo, long id) =>
        {
            var request = await ApiJson.ReadAsync<CommentRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrEmpty(request.Body))
            {
                throw ForgeApiException.Validation("IssueComment", "body");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                var (issue, comment) = Find(r, id);
                RequireAuthorOrWriter(s, r, comment, actor);
                var previous = comment.Body;
                comment.Body = request.Body;
                comment.UpdatedAt = forge.Time.GetUtcNow();
                c.Touch(r);
                c.Publish(forge.Events.IssueComment(s, r, issue, comment, "edited", actor, new EventChanges { Body = new ChangedValue { From = previous } }));
                return forge.Presenter.Comment(s, r, issue, comment);
            }, http.RequestAborted));
        });

        api.MapDelete("/repos/{owner}/{repo}/issues/comments/{id:long}", async (HttpContext http, ForgeContext forge, string owner, string repo, long id) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                var (issue, comment) = Find(r, id);
                RequireAuthorOrWriter(s, r, comment, actor);
                issue.Comments.Remove(comment);
                c.Touch(r);
                c.Publish(forge.Events.IssueComment(s, r, issue, comment, "deleted", actor));
            }, http.RequestAborted);
            return Results.NoContent();
        });
    }

    private static (ForgeIssue Issue, ForgeComment Comment) Find(ForgeRepo repo, long id)
    {
        foreach (var issue in repo.Issues.Values)
        {
            if (issue.Comments.Find(c => c.Id == id) is { } comment)
            {
                return (issue, comment);
            }
        }

        throw ForgeApiException.NotFound();
    }

    private static void RequireAuthorOrWriter(ForgeState state, ForgeRepo repo, ForgeComment comment, string actor)
    {
        if (!string.Equals(comment.User, actor, StringComparison.OrdinalIgnoreCase))
        {
            ForgeContext.RequireWrite(state, repo, actor);
        }
    }
}
