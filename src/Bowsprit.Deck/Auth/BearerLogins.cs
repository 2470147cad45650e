using System.Security.Cryptography;
using System.Text;
using Bowsprit.GitHub.Client;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Deck.Auth;

/// <summary>
/// Automation calls rerun and abort with <c>Authorization: Bearer &lt;GitHub token&gt;</c>; the token's user is
/// whoever GitHub (or the forge) says owns it. Answers are cached briefly so a script's burst costs one lookup.
/// </summary>
internal sealed class BearerLogins(IHttpClientFactory httpClients, DeckOptions options, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, (string Login, DateTimeOffset Until)> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>The identity of the request: bearer token when present (null login if GitHub rejects it), else the session cookie.</summary>
    public async Task<DeckIdentity> ResolveAsync(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return DeckIdentity.Of(http);
        }

        var login = await LoginOfAsync(header[7..].Trim(), http.RequestAborted);
        var identity = new DeckIdentity(login, true);
        DeckIdentity.Set(http, identity);
        return identity;
    }

    private async Task<string?> LoginOfAsync(string token, CancellationToken ct)
    {
        if (token.Length == 0)
        {
            return null;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (_cache.TryGetValue(key, out var hit) && hit.Until > now)
            {
                return hit.Login;
            }
        }

        try
        {
            var client = new GitHubClient(httpClients.CreateClient(DeckServiceCollectionExtensions.HttpClientName),
                new GitHubClientOptions { ApiUrl = options.GitHubApiUrl, Token = token, MaxAttempts = 1 }, time);
            var user = await client.GetAuthenticatedUserAsync(ct);
            lock (_gate)
            {
                if (_cache.Count > 1000)
                {
                    _cache.Clear();
                }

                _cache[key] = (user.Login, now + CacheFor);
            }

            return user.Login;
        }
        catch (GitHubApiException)
        {
            return null;
        }
    }
}
