using System.Net.Http.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Support;

/// <summary>
/// A forge running in-process on 127.0.0.1:0 with its own data directory, driven through the real GitHub
/// client. Each test creates its own org and repository names, so tests share nothing.
/// </summary>
public sealed class ForgeFixture : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private ForgeFixture(ForgeServer server, string dataDir, ForgeOptions options)
    {
        Server = server;
        DataDir = dataDir;
        Options = options;
    }

    public ForgeServer Server { get; private set; }

    public string DataDir { get; }

    public ForgeOptions Options { get; }

    public string BaseUrl => Server.BaseUrl;

    public HttpClient Http => _http;

    public static async Task<ForgeFixture> StartAsync(Action<ForgeOptions>? configure = null, CancellationToken ct = default)
    {
        var dataDir = Path.Combine(Path.GetTempPath(), "bowsprit-forge-tests", Guid.NewGuid().ToString("N"));
        var options = new ForgeOptions { DataDir = dataDir, WebhookRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], WebhookTimeout = TimeSpan.FromSeconds(5) };
        configure?.Invoke(options);
        return new ForgeFixture(await ForgeServer.StartAsync(options, ct: ct), dataDir, options);
    }

    /// <summary>Stops the forge and starts a new one over the same data directory (and port-0 address).</summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        await Server.DisposeAsync();
        Server = await ForgeServer.StartAsync(Options, ct: ct);
    }

    public GitHubClient Client(string? token = null) =>
        new(_http, new GitHubClientOptions { ApiUrl = $"{BaseUrl}/api/v3", Token = token, UserAgent = "bowsprit-tests", RetryDelay = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);

    /// <summary>Creates a user through the admin API and returns a token for it.</summary>
    public async Task<string> UserAsync(string login, bool siteAdmin = false, CancellationToken ct = default)
    {
        await AdminAsync(HttpMethod.Post, "users", new { login, name = login, email = $"{login}@example.test", site_admin = siteAdmin }, ct);
        var response = await AdminAsync(HttpMethod.Post, $"users/{login}/tokens", new { }, ct);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["token"];
    }

    /// <summary>Creates an org; the first member becomes its admin (GitHub's org owner), the rest plain members.</summary>
    public async Task OrgAsync(string org, IEnumerable<string> members, CancellationToken ct = default)
    {
        await AdminAsync(HttpMethod.Post, "orgs", new { login = org }, ct);
        var first = true;
        foreach (var member in members)
        {
            await AdminAsync(HttpMethod.Put, $"orgs/{org}/members/{member}", new { role = first ? "admin" : "member" }, ct);
            first = false;
        }
    }

    /// <summary>Commits files to a branch (created from <paramref name="from"/> when new) and returns the SHA.</summary>
    public async Task<string> CommitAsync(string org, string repo, string branch, IReadOnlyDictionary<string, string?> files, string? from = null, string? token = null, CancellationToken ct = default)
    {
        var response = await AdminAsync(HttpMethod.Post, $"repos/{org}/{repo}/commits", new { branch, from, message = $"change {string.Join(",", files.Keys)}", files }, ct, token);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["sha"];
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body, CancellationToken ct, string? token = null)
    {
        using var request = new HttpRequestMessage(method, $"{BaseUrl}/api/forge/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }

        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(DataDir, recursive: true);
        }
        catch (IOException)
        {
            // git may still hold a file for a moment; a leftover temp dir is harmless.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
