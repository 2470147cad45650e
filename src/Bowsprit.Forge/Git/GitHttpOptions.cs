using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Git;

/// <summary>Settings of <see cref="GitSmartHttp.MapGitSmartHttp"/>.</summary>
public sealed class GitHttpOptions
{
    /// <summary>
    /// Decides each request: (context, org, repo, isPush). Null allows everything. Runs only for existing repositories
    /// (unknown ones are 404 before it). When it allows without a user name, the Basic auth user name (or "anonymous") is used.
    /// </summary>
    public Func<HttpContext, string, string, bool, ValueTask<GitAccess>>? Authorize { get; init; }

    /// <summary>
    /// Called after a receive-pack request changed refs, before the HTTP response completes (so it has run when
    /// <c>git push</c> returns). Events of one repository arrive in push order, one at a time. It runs outside the
    /// repository's write lock, so it may update refs itself (refs/pull/N/head); the token is the host's stopping
    /// token, not the request's, because the refs have moved even if the client hangs up.
    /// </summary>
    public Func<PushEvent, CancellationToken, Task>? OnPush { get; init; }

    /// <summary>The realm of the Basic challenge sent with 401.</summary>
    public string Realm { get; init; } = "Bowsprit Forge";
}
