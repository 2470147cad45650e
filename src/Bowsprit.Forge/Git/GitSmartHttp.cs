using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Bowsprit.Forge.Git;

/// <summary>Serves the forge's repositories to the stock git client over smart HTTP.</summary>
public static class GitSmartHttp
{
    /// <summary>
    /// Maps <c>/{org}/{repo}.git/info/refs</c>, <c>git-upload-pack</c>, <c>git-receive-pack</c> and the dumb-protocol
    /// paths (<c>HEAD</c>, <c>objects/...</c>); the <c>.git</c> suffix is optional, as on GitHub. Each request runs
    /// <c>git http-backend</c> as a CGI program. Returns the group so callers can add conventions (host, rate limits).
    /// </summary>
    public static RouteGroupBuilder MapGitSmartHttp(this IEndpointRouteBuilder endpoints, GitRepositoryStore store, GitHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var handler = new GitHttpHandler(store, options);
        var group = endpoints.MapGroup("");
        group.MapGet("/{org}/{repo}/info/refs", context => handler.HandleAsync(context, "info/refs"));
        group.MapPost("/{org}/{repo}/git-upload-pack", context => handler.HandleAsync(context, "git-upload-pack"));
        group.MapPost("/{org}/{repo}/git-receive-pack", context => handler.HandleAsync(context, "git-receive-pack"));
        group.MapGet("/{org}/{repo}/HEAD", context => handler.HandleAsync(context, "HEAD"));
        group.MapGet("/{org}/{repo}/objects/{**path}", context => handler.HandleAsync(context, "objects/" + context.Request.RouteValues["path"]));
        return group;
    }
}
