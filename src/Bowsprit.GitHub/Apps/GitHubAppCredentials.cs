using System.Security.Cryptography;

namespace Bowsprit.GitHub.Apps;

/// <summary>Prow's <c>--github-app-id</c> and the key read from <c>--github-app-private-key-path</c>.</summary>
public sealed record GitHubAppCredentials(string AppId, RSA PrivateKey)
{
    public static async Task<GitHubAppCredentials> ReadAsync(string appId, string privateKeyPath, CancellationToken ct)
    {
        var pem = await File.ReadAllTextAsync(privateKeyPath, ct);
        try
        {
            return new GitHubAppCredentials(appId, GitHubAppJwt.KeyFromPem(pem));
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{privateKeyPath} holds no RSA private key in PEM form: {e.Message}", e);
        }
    }
}
