using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Apps;

/// <summary>
/// Installation tokens for a GitHub App, as Prow's App mode uses them: the org a request is about
/// (<c>/repos/{org}/...</c>, <c>/orgs/{org}/...</c>) picks the installation; calls naming no org (GraphQL, search,
/// <c>/user</c>) use the only installation, or the first by id when there are several. Tokens are cached and
/// replaced a few minutes before they expire; the installation list is re-read when an unknown org shows up
/// (at most once a minute, so requests about an org without the App do not each cost a listing).
/// </summary>
public sealed class GitHubAppTokenSource(GitHubClient appClient, TimeProvider time) : IGitHubTokenSource, IDisposable
{
    /// <summary>How long before its expiry a token is replaced, so a request never leaves with a token about to die.</summary>
    public static readonly TimeSpan RefreshBefore = TimeSpan.FromMinutes(5);

    private static readonly TimeSpan RelistAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<long, InstallationToken> _tokens = [];
    private Dictionary<string, long>? _installations;
    private DateTimeOffset _listedAt;

    /// <summary>The client authenticated as the App (JWT) for the <c>/app</c> endpoints.</summary>
    public GitHubClient AppClient => appClient;

    /// <summary>An App source whose JWT client shares <paramref name="http"/> and the API location of <paramref name="options"/>.</summary>
    public static GitHubAppTokenSource Create(HttpClient http, GitHubClientOptions options, GitHubAppCredentials credentials, TimeProvider time)
    {
        var appOptions = new GitHubClientOptions
        {
            ApiUrl = options.ApiUrl, GraphQLUrl = options.GraphQLUrl, UserAgent = options.UserAgent, MaxAttempts = options.MaxAttempts,
            RetryDelay = options.RetryDelay, MaxRateLimitWait = options.MaxRateLimitWait,
        };
        return new GitHubAppTokenSource(new GitHubClient(http, appOptions, time, new AppJwtSource(credentials, time)), time);
    }

    public void Dispose() => _gate.Dispose();

    public async ValueTask<string?> TokenForAsync(string path, CancellationToken ct)
    {
        var org = OrgOf(path, appClient.Options.ApiUrl);
        await _gate.WaitAsync(ct);
        try
        {
            var installation = await InstallationForAsync(org, ct);
            if (_tokens.TryGetValue(installation, out var cached) && cached.ExpiresAt - time.GetUtcNow() > RefreshBefore)
            {
                return cached.Token;
            }

            var token = await appClient.CreateInstallationTokenAsync(installation, ct);
            _tokens[installation] = token;
            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<long> InstallationForAsync(string? org, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (_installations is null || (attempt == 1 && time.GetUtcNow() - _listedAt >= RelistAfter))
            {
                _listedAt = time.GetUtcNow();
                var all = await appClient.ListAppInstallationsAsync(ct);
                _installations = all.Where(i => i.Account is not null)
                    .GroupBy(i => i.Account!.Login, StringComparer.OrdinalIgnoreCase)
                    .ToDictionary(g => g.Key, g => g.Min(i => i.Id), StringComparer.OrdinalIgnoreCase);
            }

            if (org is null && _installations.Count > 0)
            {
                return _installations.Values.Min();
            }

            if (org is not null && _installations.TryGetValue(org, out var id))
            {
                return id;
            }
        }

        throw new InvalidOperationException(org is null
            ? "the GitHub App is not installed anywhere"
            : $"the GitHub App is not installed on {org}");
    }

    /// <summary>The org (or user) a REST path is about: <c>repos/{org}/...</c> or <c>orgs/{org}/...</c>; null otherwise.</summary>
    public static string? OrgOf(string path, string apiUrl)
    {
        var rest = path;
        var root = apiUrl.TrimEnd('/');
        if (rest.StartsWith(root, StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[root.Length..];
        }
        else if (Uri.TryCreate(rest, UriKind.Absolute, out var absolute))
        {
            rest = absolute.AbsolutePath;
        }

        var query = rest.IndexOf('?', StringComparison.Ordinal);
        var segments = (query >= 0 ? rest[..query] : rest).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2 && segments[0] is "repos" or "orgs" ? Uri.UnescapeDataString(segments[1]) : null;
    }
}
