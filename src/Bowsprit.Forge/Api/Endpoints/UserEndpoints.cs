using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Api.Endpoints;

/// <summary><c>/user</c> and <c>/users/{login}</c>.</summary>
internal static class UserEndpoints
{
    public static void MapUsers(this RouteGroupBuilder api)
    {
        api.MapGet("/user", async (HttpContext http, ForgeContext forge) =>
        {
            var login = ForgeContext.Viewer(http) ?? throw new ForgeApiException(401, "Requires authentication");
            return ApiJson.Ok(await forge.Db.ReadAsync(s => forge.Presenter.User(s, login), http.RequestAborted));
        });

        api.MapGet("/users/{login}", async (HttpContext http, ForgeContext forge, string login) =>
            ApiJson.Ok(await forge.Db.ReadAsync(s =>
                s.User(login) is null && !s.Orgs.ContainsKey(login) ? throw ForgeApiException.NotFound() : forge.Presenter.User(s, login),
                http.RequestAborted)));
    }
}
