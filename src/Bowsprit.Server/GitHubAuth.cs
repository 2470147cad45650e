using Bowsprit.GitHub.Apps;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Server;

/// <summary>
/// How Bowsprit authenticates to GitHub, as Prow does: a bot account's token (<c>--github-token-path</c>) or a
/// GitHub App (<c>--github-app-id</c> with <c>--github-app-private-key-path</c>), never both.
/// </summary>
public static class GitHubAuth
{
    /// <summary>Refuses half an App or an App together with a token, naming the flags.</summary>
    public static void Validate(string? tokenPath, string? appId, string? appKeyPath)
    {
        var app = !string.IsNullOrEmpty(appId) || !string.IsNullOrEmpty(appKeyPath);
        if (app && (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appKeyPath)))
        {
            throw new ArgumentException("GitHub App authentication needs both --github-app-id and --github-app-private-key-path");
        }

        if (app && !string.IsNullOrEmpty(tokenPath))
        {
            throw new ArgumentException("--github-token-path and --github-app-id/--github-app-private-key-path are mutually exclusive; give a bot token or an App");
        }
    }

    /// <summary>
    /// The client every component shares: with an App, requests carry installation tokens for the org they are about.
    /// The token source (when any) is returned so the caller can dispose it with the host.
    /// </summary>
    public static async Task<(GitHubClient Client, GitHubAppTokenSource? App)> CreateClientAsync(
        HttpClient http, string endpoint, string? tokenPath, string? appId, string? appKeyPath, TimeProvider time, CancellationToken ct)
    {
        Validate(tokenPath, appId, appKeyPath);
        var options = new GitHubClientOptions { ApiUrl = endpoint };
        if (!string.IsNullOrEmpty(appId))
        {
            var credentials = await GitHubAppCredentials.ReadAsync(appId, appKeyPath!, ct);
            var app = GitHubAppTokenSource.Create(http, options, credentials, time);
            return (new GitHubClient(http, options, time, app), app);
        }

        options.Token = tokenPath is null ? null : (await File.ReadAllTextAsync(tokenPath, ct)).Trim();
        return (new GitHubClient(http, options, time), null);
    }

    /// <summary>
    /// The bot's login, asked from GitHub once at startup as Prow does: <c>{slug}[bot]</c> for an App (from
    /// <c>GET /app</c>), else the token's user.
    /// </summary>
    public static async Task<string> BotLoginAsync(string endpoint, string? tokenPath, string? appId, string? appKeyPath, CancellationToken ct)
    {
        using var http = new HttpClient();
        var (client, app) = await CreateClientAsync(http, endpoint, tokenPath, appId, appKeyPath, TimeProvider.System, ct);
        using (app)
        {
            return app is not null ? (await app.AppClient.GetAppAsync(ct)).BotLogin : (await client.GetAuthenticatedUserAsync(ct)).Login;
        }
    }
}
