using System.Text.Json;
using System.Text.Json.Nodes;
using Bowsprit.Forge.Api.Requests;
using Bowsprit.Forge.State;
using Bowsprit.Forge.Webhooks;
using Bowsprit.GitHub.Json;
using Bowsprit.GitHub.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary>
/// Webhook registrations on repositories (<c>/repos/{o}/{r}/hooks</c>), organizations (<c>/orgs/{org}/hooks</c>)
/// and the whole forge (<c>/admin/hooks</c>, as GitHub Enterprise's global hooks), with the deliveries API.
/// </summary>
internal static class HookEndpoints
{
    public static void MapHooks(this RouteGroupBuilder api)
    {
        MapScope(api, "/repos/{owner}/{repo}/hooks", RepoScope);
        MapScope(api, "/orgs/{owner}/hooks", OrgScope);
        MapScope(api, "/admin/hooks", GlobalScope);
    }

    private static void MapScope(RouteGroupBuilder api, string prefix, Func<ForgeState, HttpContext, string, HookSet> resolve)
    {
        api.MapGet(prefix, async (HttpContext http, ForgeContext forge) =>
        {
            var actor = forge.Actor(http);
            return Paging.Page(http, await forge.Db.ReadAsync(s => resolve(s, http, actor).Hooks.Select(GitHubPresenter.Hook).ToList(), http.RequestAborted));
        });

        api.MapPost(prefix, async (HttpContext http, ForgeContext forge) =>
        {
            var request = await ApiJson.ReadAsync<HookRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (request.Config is null || !IsDeliverable(request.Config.Url))
            {
                throw ForgeApiException.Validation("Hook", "url", "invalid");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var set = resolve(s, http, actor);
                var now = forge.Time.GetUtcNow();
                var hook = new ForgeHook
                {
                    Id = s.NewId(), Scope = set.Scope, Url = request.Config.Url, Secret = request.Config.Secret,
                    ContentType = request.Config.ContentType == "form" ? "form" : "json", Events = request.Events is { Count: > 0 } e ? e : ["push"],
                    Active = request.Active ?? true, CreatedAt = now, UpdatedAt = now,
                };
                set.Backing.Add(hook);
                set.Touch(c);
                return GitHubPresenter.Hook(hook);
            }, http.RequestAborted), 201);
        });

        api.MapGet(prefix + "/{id:long}", async (HttpContext http, ForgeContext forge, long id) =>
        {
            var actor = forge.Actor(http);
            return ApiJson.Ok(await forge.Db.ReadAsync(s => GitHubPresenter.Hook(Find(resolve(s, http, actor).Hooks, id)), http.RequestAborted));
        });

        api.MapMethods(prefix + "/{id:long}", ["PATCH"], async (HttpContext http, ForgeContext forge, long id) =>
        {
            var request = await ApiJson.ReadAsync<HookRequest>(http.Request, http.RequestAborted);
            var actor = forge.Actor(http);
            if (request.Config is { } config && !IsDeliverable(config.Url))
            {
                throw ForgeApiException.Validation("Hook", "url", "invalid");
            }

            return ApiJson.Ok(await forge.Db.WriteAsync((s, c) =>
            {
                var set = resolve(s, http, actor);
                var hook = Find(set.Hooks, id);
                hook.Active = request.Active ?? hook.Active;
                hook.Events = request.Events ?? hook.Events;
                hook.Url = request.Config?.Url ?? hook.Url;
                hook.Secret = request.Config?.Secret ?? hook.Secret;
                hook.UpdatedAt = forge.Time.GetUtcNow();
                set.Touch(c);
                return GitHubPresenter.Hook(hook);
            }, http.RequestAborted));
        });

        api.MapDelete(prefix + "/{id:long}", async (HttpContext http, ForgeContext forge, long id) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.WriteAsync((s, c) =>
            {
                var set = resolve(s, http, actor);
                set.Backing.Remove(Find(set.Hooks, id));
                set.Touch(c);
            }, http.RequestAborted);
            return Results.NoContent();
        });

        api.MapGet(prefix + "/{id:long}/deliveries", async (HttpContext http, ForgeContext forge, long id) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.ReadAsync(s => Find(resolve(s, http, actor).Hooks, id), http.RequestAborted);
            var deliveries = await forge.Db.Store.ListDeliveriesAsync(id, 100, http.RequestAborted);
            return ApiJson.Ok(deliveries.Select(Summary).ToList());
        });

        api.MapGet(prefix + "/{id:long}/deliveries/{deliveryId:long}", async (HttpContext http, ForgeContext forge, long id, long deliveryId) =>
        {
            var actor = forge.Actor(http);
            await forge.Db.ReadAsync(s => Find(resolve(s, http, actor).Hooks, id), http.RequestAborted);
            var d = await forge.Db.Store.GetDeliveryAsync(deliveryId, http.RequestAborted);
            if (d is null || d.HookId != id)
            {
                throw ForgeApiException.NotFound();
            }

            // The detail is the list entry plus the request and response, so it is built from the same model.
            var detail = JsonSerializer.SerializeToNode(Summary(d), GitHubJson.Options)!.AsObject();
            detail["request"] = new JsonObject
            {
                ["headers"] = new JsonObject { ["X-GitHub-Event"] = d.Event, ["X-GitHub-Delivery"] = d.Guid },
                ["payload"] = JsonNode.Parse(d.Payload),
            };
            detail["response"] = new JsonObject { ["payload"] = d.ResponseBody };
            return ApiJson.Ok(detail);
        });

        api.MapPost(prefix + "/{id:long}/deliveries/{deliveryId:long}/attempts", async (HttpContext http, ForgeContext forge, WebhookDispatcher dispatcher, long id, long deliveryId) =>
        {
            var actor = forge.Actor(http);
            var hook = await forge.Db.ReadAsync(s => Find(resolve(s, http, actor).Hooks, id), http.RequestAborted);
            var previous = await forge.Db.Store.GetDeliveryAsync(deliveryId, http.RequestAborted);
            if (previous is null || previous.HookId != id)
            {
                throw ForgeApiException.NotFound();
            }

            await dispatcher.RedeliverAsync(hook, previous, http.RequestAborted);
            return Results.Json(new { }, statusCode: 202);
        });
    }

    private static HookSet RepoScope(ForgeState s, HttpContext http, string actor)
    {
        var route = http.Request.RouteValues;
        var repo = ForgeContext.Repo(s, (string)route["owner"]!, (string)route["repo"]!, actor);
        ForgeContext.RequireAdmin(s, repo, actor);
        return new HookSet(repo.Hooks, $"repo:{repo.FullName}", c => c.Touch(repo));
    }

    private static HookSet OrgScope(ForgeState s, HttpContext http, string actor)
    {
        var org = (string)http.Request.RouteValues["owner"]!;
        if (!s.Orgs.TryGetValue(org, out var o))
        {
            throw ForgeApiException.NotFound();
        }

        if (o.Members.GetValueOrDefault(actor) != "admin" && s.User(actor)?.SiteAdmin != true && actor != DefaultUserOf(http))
        {
            throw ForgeApiException.Forbidden("Must have admin rights to the organization.");
        }

        // Org hooks live in the forge-wide list, told apart by scope.
        return new HookSet(s.GlobalHooks, OrgHooks.Scope(org), c => c.Meta = true);
    }

    private static HookSet GlobalScope(ForgeState s, HttpContext http, string actor)
    {
        if (s.User(actor)?.SiteAdmin != true && actor != DefaultUserOf(http))
        {
            throw ForgeApiException.Forbidden("Must be a site administrator.");
        }

        return new HookSet(s.GlobalHooks, "global", c => c.Meta = true);
    }

    private static string DefaultUserOf(HttpContext http) =>
        ForgeCaller.Of(http).IsAuthenticated ? "" : ((ForgeOptions)http.RequestServices.GetService(typeof(ForgeOptions))!).DefaultUser;

    /// <summary>An absolute http(s) URL; anything else would fail every delivery (and the dispatcher with it).</summary>
    private static bool IsDeliverable(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static ForgeHook Find(IEnumerable<ForgeHook> hooks, long id) => hooks.FirstOrDefault(h => h.Id == id) ?? throw ForgeApiException.NotFound();

    private static HookDelivery Summary(ForgeDelivery d) => new()
    {
        Id = d.Id, Guid = d.Guid, DeliveredAt = d.DeliveredAt, Redelivery = d.Redelivery, Duration = d.Duration,
        Status = d.Status, StatusCode = d.StatusCode, Event = d.Event, Action = d.Action, RepositoryId = d.RepositoryId,
    };
}
