using Bowsprit.Forge.Api;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Forge.Hosting;

/// <summary>
/// Who may fetch and push over git smart HTTP: with <c>--require-auth</c> pushes need a token (as the basic auth
/// password) of a user with write access; private repositories need read access to fetch. Pushes then run
/// through <see cref="PushProcessor"/> so webhooks and pull request refs follow.
/// </summary>
internal static class GitAccessPolicy
{
    public static GitHttpOptions Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<ForgeOptions>();
        var database = services.GetRequiredService<ForgeDatabase>();
        var pushes = services.GetRequiredService<PushProcessor>();
        return new GitHttpOptions
        {
            Authorize = async (context, owner, repo, isPush) =>
            {
                var token = ApiPipeline.TokenOf(context.Request);
                return await database.ReadAsync(s =>
                {
                    var r = s.Repo(owner, repo.EndsWith(".git", StringComparison.Ordinal) ? repo[..^4] : repo);
                    if (r is null)
                    {
                        return GitAccess.NotFound;
                    }

                    var login = token is null ? null : s.LoginOf(token, database.Time.GetUtcNow());
                    if (token is not null && login is null)
                    {
                        return GitAccess.Unauthorized;
                    }

                    if (login is null && (r.Private || (isPush && options.RequireAuth)))
                    {
                        return GitAccess.Unauthorized;
                    }

                    var user = login ?? options.DefaultUser;
                    if (login is not null && (isPush ? !Access.CanWrite(s, r, login) : Access.Permission(s, r, login) == "none"))
                    {
                        return r.Private && !isPush ? GitAccess.NotFound : GitAccess.Forbidden;
                    }

                    return GitAccess.Allow(user);
                }, context.RequestAborted);
            },
            OnPush = pushes.HandleAsync,
        };
    }
}
