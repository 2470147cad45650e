using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Bowsprit.Forge.Webhooks;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Api;

/// <summary>The services every endpoint needs, injected as one.</summary>
public sealed class ForgeContext(ForgeDatabase database, GitHubPresenter presenter, WebhookEvents events, ForgeOptions options, ForgeGit git)
{
    public ForgeDatabase Db => database;

    public GitHubPresenter Presenter => presenter;

    public WebhookEvents Events => events;

    public ForgeOptions Options => options;

    public ForgeGit Git => git;

    public TimeProvider Time => database.Time;

    /// <summary>Who a write is attributed to: the token's user, or (without <c>--require-auth</c>) the default user.</summary>
    public string Actor(HttpContext context)
    {
        var caller = ForgeCaller.Of(context);
        if (caller.Login is not null)
        {
            return caller.Login;
        }

        return options.RequireAuth ? throw new ForgeApiException(401, "Requires authentication") : options.DefaultUser;
    }

    /// <summary>The viewer for reads: the caller, or nobody.</summary>
    public static string? Viewer(HttpContext context) => ForgeCaller.Of(context).Login;

    /// <summary>The repository, or 404 when it does not exist or the viewer may not see it (GitHub hides private repos).</summary>
    public static ForgeRepo Repo(ForgeState state, string owner, string name, string? viewer)
    {
        var repo = state.Repo(owner, name) ?? throw ForgeApiException.NotFound();
        if (repo.Private && (viewer is null || Access.Permission(state, repo, viewer) == "none"))
        {
            throw ForgeApiException.NotFound();
        }

        return repo;
    }

    public static void RequireWrite(ForgeState state, ForgeRepo repo, string actor)
    {
        if (!Access.CanWrite(state, repo, actor))
        {
            throw new ForgeApiException(403, "Must have push access to repository");
        }
    }

    public static void RequireAdmin(ForgeState state, ForgeRepo repo, string actor)
    {
        if (Access.Permission(state, repo, actor) != "admin")
        {
            throw new ForgeApiException(403, "Must have admin rights to Repository.");
        }
    }

    public static ForgeIssue Issue(ForgeRepo repo, int number) =>
        repo.Issues.TryGetValue(number, out var issue) ? issue : throw ForgeApiException.NotFound();

    public static ForgeIssue Pull(ForgeRepo repo, int number) => repo.Pull(number) ?? throw ForgeApiException.NotFound();
}
