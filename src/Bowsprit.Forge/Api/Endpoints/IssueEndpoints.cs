using System.Text.Json;
using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Issues (which include pull requests), their labels, assignees and milestones.</summary>
internal static class IssueEndpoints
{
    public static void MapIssues(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/issues", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var state = http.Request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
            var labels = http.Request.Query["labels"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Paging.Page(http, await forge.Db.ReadAsync(st =>
            {
                var r = ForgeContext.Repo(st, owner, repo, ForgeContext.Viewer(http));
                return r.Issues.Values.Reverse()
                    .Where(i => state == "all" || i.State == state)
                    .Where(i => labels.All(l => i.Labels.Contains(l, StringComparer.OrdinalIgnoreCase)))
                    .Select(i => forge.Presenter.Issue(st, r, i)).ToList();
            }, http.RequestAborted));
        });

        api.MapPost("/repos/{owner}/{repo}/issues", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<IssueRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrWhiteSpace(request.Title))
            {
                throw ForgeApiException.Validation("Issue", "title");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                var now = forge.Time.GetUtcNow();
                var issue = new ForgeIssue
                {
                    Id = s.NewId(), Number = r.NextNumber++, Title = request.Title, Body = request.Body, User = actor,
                    CreatedAt = now, UpdatedAt = now, Assignees = request.Assignees ?? [],
                };
                r.Issues[issue.Number] = issue;
                c.Touch(r);
                c.Publish(forge.Events.Issues(s, r, issue, "opened", actor));
                IssueMutations.AddLabels(forge, s, c, r, issue, request.Labels ?? [], actor);
                return forge.Presenter.Issue(s, r, issue);
            }, http.RequestAborted), 201);
        });

        api.MapGet("/repos/{owner}/{repo}/issues/{number:int}", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return forge.Presenter.Issue(s, r, ForgeContext.Issue(r, number));
            }, http.RequestAborted)));

        api.MapMethods("/repos/{owner}/{repo}/issues/{number:int}", ["PATCH"], async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
        {
            var request = await ApiJson.ReadAsync<IssueRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) => Edit(forge, s, c, owner, repo, number, request, actor), http.RequestAborted));
        });

        api.MapGet("/repos/{owner}/{repo}/issues/{number:int}/labels", async (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return ForgeContext.Issue(r, number).Labels.Select(l => forge.Presenter.Label(r, l)).ToList();
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/issues/{number:int}/labels", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            SetLabelsAsync(http, forge, owner, repo, number, replace: false));

        api.MapPut("/repos/{owner}/{repo}/issues/{number:int}/labels", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            SetLabelsAsync(http, forge, owner, repo, number, replace: true));

        api.MapDelete("/repos/{owner}/{repo}/issues/{number:int}/labels/{name}", async (HttpContext http, ForgeContext forge, string owner, string repo, int number, string name) =>
        {
            var actor = forge.Actor(http);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var issue = ForgeContext.Issue(r, number);
                // Kestrel leaves %2F encoded in paths; labels like do-not-merge/hold need it decoded.
                if (!IssueMutations.RemoveLabel(forge, s, c, r, issue, Uri.UnescapeDataString(name), actor))
                {
                    throw new ForgeApiException(404, "Label does not exist");
                }

                return issue.Labels.Select(l => forge.Presenter.Label(r, l)).ToList();
            }, http.RequestAborted));
        });

        api.MapPost("/repos/{owner}/{repo}/issues/{number:int}/assignees", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            AssignAsync(http, forge, owner, repo, number, add: true));

        api.MapDelete("/repos/{owner}/{repo}/issues/{number:int}/assignees", (HttpContext http, ForgeContext forge, string owner, string repo, int number) =>
            AssignAsync(http, forge, owner, repo, number, add: false));
    }

    private static GitHub.Models.Issue Edit(ForgeContext forge, ForgeState s, ForgeChanges c, string owner, string repo, int number, IssueRequest request, string actor)
    {
        var r = ForgeContext.Repo(s, owner, repo, actor);
        var issue = ForgeContext.Issue(r, number);
        if (!string.Equals(issue.User, actor, StringComparison.OrdinalIgnoreCase))
        {
            ForgeContext.RequireWrite(s, r, actor);
        }

        if (request.State is not (null or "open" or "closed"))
        {
            throw ForgeApiException.Validation("Issue", "state", "invalid");
        }

        // Validated before anything changes: a number of an existing milestone, or null to clear it.
        int? milestoneNumber = request.Milestone switch
        {
            null or { ValueKind: JsonValueKind.Null } => null,
            { ValueKind: JsonValueKind.Number } m when m.TryGetInt32(out var n) && r.Milestones.Exists(x => x.Number == n) => n,
            _ => throw ForgeApiException.Validation("Issue", "milestone", "invalid"),
        };

        var edits = new EventChanges();
        if (request.Title is { } title && title != issue.Title)
        {
            edits.Title = new ChangedValue { From = issue.Title };
            issue.Title = title;
        }

        if (request.Body is { } body && body != issue.Body)
        {
            edits.Body = new ChangedValue { From = issue.Body };
            issue.Body = body;
        }

        if (edits.Title is not null || edits.Body is not null)
        {
            IssueMutations.Touch(forge, r, issue, c);
            IssueMutations.Announce(forge, s, c, r, issue, "edited", actor, edits: edits);
        }

        if (request.Labels is { } labels)
        {
            foreach (var old in issue.Labels.Where(l => !labels.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList())
            {
                IssueMutations.RemoveLabel(forge, s, c, r, issue, old, actor);
            }

            IssueMutations.AddLabels(forge, s, c, r, issue, labels, actor);
        }

        if (request.Assignees is { } assignees)
        {
            issue.Assignees = [.. assignees.Distinct(StringComparer.OrdinalIgnoreCase)];
            IssueMutations.Touch(forge, r, issue, c);
        }

        if (request.Milestone is not null)
        {
            issue.Milestone = milestoneNumber;
            IssueMutations.Touch(forge, r, issue, c);
        }

        if (request.State is { } newState)
        {
            IssueMutations.SetState(forge, s, c, r, issue, newState, actor);
        }

        return forge.Presenter.Issue(s, r, issue);
    }

    private static async Task<IResult> SetLabelsAsync(HttpContext http, ForgeContext forge, string owner, string repo, int number, bool replace)
    {
        var request = await ApiJson.ReadAsync<LabelsRequest>(http.Request, http.RequestAborted);
        var actor = forge.Actor(http);
        return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            ForgeContext.RequireWrite(s, r, actor);
            var issue = ForgeContext.Issue(r, number);
            if (replace)
            {
                foreach (var old in issue.Labels.Where(l => !request.Labels.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList())
                {
                    IssueMutations.RemoveLabel(forge, s, c, r, issue, old, actor);
                }
            }

            IssueMutations.AddLabels(forge, s, c, r, issue, request.Labels, actor);
            return issue.Labels.Select(l => forge.Presenter.Label(r, l)).ToList();
        }, http.RequestAborted));
    }

    private static async Task<IResult> AssignAsync(HttpContext http, ForgeContext forge, string owner, string repo, int number, bool add)
    {
        var request = await ApiJson.ReadAsync<AssigneesRequest>(http.Request, http.RequestAborted);
        var actor = forge.Actor(http);
        return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
        {
            var r = ForgeContext.Repo(s, owner, repo, actor);
            var issue = ForgeContext.Issue(r, number);
            foreach (var login in request.Assignees ?? [])
            {
                var has = issue.Assignees.Contains(login, StringComparer.OrdinalIgnoreCase);
                if (add && !has && s.User(login) is not null && Access.CanWrite(s, r, login))
                {
                    issue.Assignees.Add(login);
                    IssueMutations.Announce(forge, s, c, r, issue, "assigned", actor, assignee: login);
                }
                else if (!add && has)
                {
                    issue.Assignees.RemoveAll(a => string.Equals(a, login, StringComparison.OrdinalIgnoreCase));
                    IssueMutations.Announce(forge, s, c, r, issue, "unassigned", actor, assignee: login);
                }
            }

            IssueMutations.Touch(forge, r, issue, c);
            return forge.Presenter.Issue(s, r, issue);
        }, http.RequestAborted), add ? 201 : 200);
    }
}
