namespace Bowsprit.GitHub.Apps;

/// <summary>Authenticates as the App itself (<c>/app/...</c> calls): a JWT, re-signed well before it expires.</summary>
public sealed class AppJwtSource(GitHubAppCredentials credentials, TimeProvider time) : IGitHubTokenSource
{
    private static readonly TimeSpan ReuseFor = TimeSpan.FromMinutes(5);
    private readonly Lock _lock = new();
    private (string Jwt, DateTimeOffset SignedAt)? _current;

    public ValueTask<string?> TokenForAsync(string path, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_current is not { } current || now - current.SignedAt >= ReuseFor || now < current.SignedAt)
            {
                _current = current = (GitHubAppJwt.Create(credentials.AppId, credentials.PrivateKey, now), now);
            }

            return ValueTask.FromResult<string?>(current.Jwt);
        }
    }
}
