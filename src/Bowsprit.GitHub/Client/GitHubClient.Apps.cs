using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>GitHub App endpoints; they need the App's JWT (a client built with <see cref="Apps.AppJwtSource"/>).</summary>
public sealed partial class GitHubClient
{
    public Task<GitHubApp> GetAppAsync(CancellationToken ct) => GetAsync<GitHubApp>("app", ct);

    public Task<List<AppInstallation>> ListAppInstallationsAsync(CancellationToken ct) => GetAllPagesAsync<AppInstallation>("app/installations", ct);

    public Task<InstallationToken> CreateInstallationTokenAsync(long installationId, CancellationToken ct) =>
        SendJsonAsync<InstallationToken>(HttpMethod.Post, $"app/installations/{installationId}/access_tokens", null, ct);
}
