using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Forge.Git;

/// <summary>Per-request logic of git smart HTTP: name checks, authorization, push serialization and push events.</summary>
internal sealed partial class GitHttpHandler(GitRepositoryStore store, GitHttpOptions options)
{
    private readonly GitHttpBackend _backend = new(store);

    // Per repository path: the delivery of the latest push event, which the next one waits for (see HandlePushAsync).
    private readonly ConcurrentDictionary<string, Task> _deliveries = new(StringComparer.Ordinal);

    public async Task HandleAsync(HttpContext context, string tail)
    {
        var org = context.Request.RouteValues["org"] as string;
        var repo = context.Request.RouteValues["repo"] as string;
        if (repo is not null && repo.EndsWith(".git", StringComparison.Ordinal))
        {
            repo = repo[..^4];
        }

        // Invalid names, unknown repositories and unexpected object paths all look the same: nothing here.
        if (org is null || repo is null || !store.Exists(org, repo) || (tail.StartsWith("objects/", StringComparison.Ordinal) && !DumbObjectPath().IsMatch(tail)))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var isPush = tail == "git-receive-pack" ||
            (tail == "info/refs" && context.Request.Query["service"] == "git-receive-pack");
        var access = options.Authorize is null ? GitAccess.Allow() : await options.Authorize(context, org, repo, isPush);
        switch (access.Kind)
        {
            case GitAccessKind.Unauthorized:
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = $"Basic realm=\"{options.Realm}\"";
                return;
            case GitAccessKind.Forbidden:
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            case GitAccessKind.NotFound:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }

        // Packs can be any size; Kestrel's default 30 MB limit would cut large pushes off.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }

        var user = access.UserName ?? BasicUserName(context.Request) ?? "anonymous";
        var logger = context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger(typeof(GitSmartHttp).FullName!) ?? NullLogger.Instance;
        if (tail != "git-receive-pack")
        {
            await _backend.RunAsync(context, org, repo, tail, user, logger, context.RequestAborted);
            return;
        }

        await HandlePushAsync(context, store.Open(org, repo), user, logger);
    }

    /// <summary>
    /// Runs receive-pack between two ref snapshots under the repository's write lock, so the difference is exactly this
    /// push (forge-made ref updates and other pushes wait), then reports it.
    /// </summary>
    private async Task HandlePushAsync(HttpContext context, BareRepository repository, string user, ILogger logger)
    {
        // Once receive-pack may have moved refs the event must go out even if the client hangs up, so the work
        // after it is bound to the host's lifetime, not the request's.
        var stopping = context.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        ExceptionDispatchInfo? failure = null;
        IReadOnlyList<(string Ref, string Before, string After)> changes;
        Task previousDelivery;
        var delivered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (await repository.AcquireWriteLockAsync(context.RequestAborted))
        {
            var before = await repository.ListRefsAsync("refs/", context.RequestAborted);
            try
            {
                await _backend.RunAsync(context, repository.Org, repository.Name, "git-receive-pack", user, logger, context.RequestAborted);
            }
            catch (Exception ex)
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }

            changes = await DiffRefsAsync(repository, before, logger, stopping);
            // Events are delivered outside the write lock (OnPush may well update refs itself, e.g. refs/pull/N/head),
            // but chained in push order.
            previousDelivery = _deliveries.GetValueOrDefault(repository.Path, Task.CompletedTask);
            _deliveries[repository.Path] = delivered.Task;
        }

        try
        {
            await previousDelivery;
            if (changes.Count > 0)
            {
                await ReportPushAsync(repository, changes, user, logger, stopping);
            }
        }
        finally
        {
            delivered.SetResult();
        }

        failure?.Throw();
    }

    private static async Task<IReadOnlyList<(string Ref, string Before, string After)>> DiffRefsAsync(
        BareRepository repository, IReadOnlyDictionary<string, string> before, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            var after = await repository.ListRefsAsync("refs/", cancellationToken);
            return
            [
                .. before.Keys.Union(after.Keys).Order(StringComparer.Ordinal)
                    .Select(name => (name, before.GetValueOrDefault(name) ?? RefUpdate.ZeroSha, after.GetValueOrDefault(name) ?? RefUpdate.ZeroSha))
                    .Where(change => change.Item2 != change.Item3),
            ];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GitHttpLog.PushHandlerFailed(logger, ex, repository.Org, repository.Name);
            return [];
        }
    }

    private async Task ReportPushAsync(
        BareRepository repository, IReadOnlyList<(string Ref, string Before, string After)> changes, string user, ILogger logger,
        CancellationToken cancellationToken)
    {
        try
        {
            var updates = new List<RefUpdate>(changes.Count);
            foreach (var (name, old, now) in changes)
            {
                var forced = old != RefUpdate.ZeroSha && now != RefUpdate.ZeroSha &&
                    !await repository.IsAncestorAsync(old, now, cancellationToken);
                updates.Add(new RefUpdate(name, old, now, forced));
            }

            GitHttpLog.Pushed(logger, repository.Org, repository.Name, user, updates.Count);
            if (options.OnPush is { } onPush)
            {
                await onPush(new PushEvent(repository.Org, repository.Name, user, updates), cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The refs have moved already and the client has (mostly) its answer; failing the response would only
            // make git report an error for a push that happened.
            GitHttpLog.PushHandlerFailed(logger, ex, repository.Org, repository.Name);
        }
    }

    private static string? BasicUserName(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) ||
            !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? decoded : decoded[..colon];
            return name.Length > 0 ? name : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // The dumb-protocol files http-backend serves; anything else under objects/ is refused before git sees it.
    [GeneratedRegex(@"^objects/(info/(packs|alternates|http-alternates)|[0-9a-f]{2}/[0-9a-f]{38}|pack/pack-[0-9a-f]{40}\.(pack|idx))$", RegexOptions.CultureInvariant)]
    private static partial Regex DumbObjectPath();
}
