using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>Repository labels and milestones.</summary>
internal static class LabelEndpoints
{
    public static void MapLabels(this RouteGroupBuilder api)
    {
        api.MapGet("/repos/{owner}/{repo}/labels", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return r.Labels.Select(l => forge.Presenter.Label(r, l.Name)).ToList();
            }, http.RequestAborted)));

        api.MapGet("/repos/{owner}/{repo}/labels/{name}", async (HttpContext http, ForgeContext forge, string owner, string repo, string name) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                return forge.Presenter.Label(r, Find(r, name).Name);
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/labels", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<LabelRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrWhiteSpace(request.Name))
            {
                throw ForgeApiException.Validation("Label", "name");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                if (r.Labels.Exists(l => string.Equals(l.Name, request.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    throw ForgeApiException.Validation("Label", "name", "already_exists");
                }

                r.Labels.Add(new ForgeLabel { Id = s.NewId(), Name = request.Name, Color = request.Color ?? "ededed", Description = request.Description });
                c.Touch(r);
                return forge.Presenter.Label(r, request.Name);
            }, http.RequestAborted), 201);
        });

        api.MapMethods("/repos/{owner}/{repo}/labels/{name}", ["PATCH"], async (HttpContext http, ForgeContext forge, string owner, string repo, string name) =>
        {
            var request = await ApiJson.ReadAsync<LabelRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var label = Find(r, name);
                if (request.NewName is { Length: > 0 } newName && newName != label.Name)
                {
                    foreach (var issue in r.Issues.Values)
                    {
                        var index = issue.Labels.FindIndex(l => string.Equals(l, label.Name, StringComparison.OrdinalIgnoreCase));
                        if (index >= 0)
                        {
                            issue.Labels[index] = newName;
                        }
                    }

                    label.Name = newName;
                }

                label.Color = request.Color ?? label.Color;
                label.Description = request.Description ?? label.Description;
                c.Touch(r);
                return forge.Presenter.Label(r, label.Name);
            }, http.RequestAborted));
        });

        api.MapDelete("/repos/{owner}/{repo}/labels/{name}", async (HttpContext http, ForgeContext forge, string owner, string repo, string name) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var label = Find(r, name);
                r.Labels.Remove(label);
                foreach (var issue in r.Issues.Values)
                {
                    issue.Labels.RemoveAll(l => string.Equals(l, label.Name, StringComparison.OrdinalIgnoreCase));
                }

                c.Touch(r);
            }, http.RequestAborted);
            return Results.NoContent();
        });

        api.MapGet("/repos/{owner}/{repo}/milestones", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
            Paging.Page(http, await forge.Db.ReadAsync(s =>
            {
                var r = ForgeContext.Repo(s, owner, repo, ForgeContext.Viewer(http));
                var state = http.Request.Query["state"].ToString() is { Length: > 0 } st ? st : "open";
                return r.Milestones.Where(m => state == "all" || m.State == state).Select(m => GitHubPresenter.Milestone(r, m.Number)!).ToList();
            }, http.RequestAborted)));

        api.MapPost("/repos/{owner}/{repo}/milestones", async (HttpContext http, ForgeContext forge, string owner, string repo) =>
        {
            var request = await ApiJson.ReadAsync<MilestoneRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (string.IsNullOrWhiteSpace(request.Title))
            {
                throw ForgeApiException.Validation("Milestone", "title");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var r = ForgeContext.Repo(s, owner, repo, actor);
                ForgeContext.RequireWrite(s, r, actor);
                var number = r.Milestones.Count == 0 ? 1 : r.Milestones.Max(m => m.Number) + 1;
                r.Milestones.Add(new ForgeMilestone { Id = s.NewId(), Number = number, Title = request.Title, State = request.State ?? "open", Description = request.Description });
                c.Touch(r);
                return GitHubPresenter.Milestone(r, number);
            }, http.RequestAborted), 201);
        });
    }

    /// <summary>Route values keep <c>%2F</c> encoded (Kestrel does not decode slashes), so decode before matching.</summary>
    private static ForgeLabel Find(ForgeRepo repo, string name) =>
        repo.Labels.Find(l => string.Equals(l.Name, Uri.UnescapeDataString(name), StringComparison.OrdinalIgnoreCase)) ?? throw ForgeApiException.NotFound();
}
