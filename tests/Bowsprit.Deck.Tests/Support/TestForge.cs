using System.Net.Http.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Deck.Tests.Support;

/// <summary>The forge on 127.0.0.1:0 standing in for GitHub: users, tokens, orgs and its OAuth pages.</summary>
internal sealed class TestForge : IAsyncDisposable
{
    private readonly HttpClient _http = new();
    private readonly string _dataDir;

    private TestForge(ForgeServer server, string dataDir)
    {
        Server = server;
        _dataDir = dataDir;
    }

    public ForgeServer Server { get; }

    public static async Task<TestForge> StartAsync(CancellationToken ct)
    {
        var dataDir = Directory.CreateTempSubdirectory("bowsprit-deck-forge").FullName;
        return new TestForge(await ForgeServer.StartAsync(new ForgeOptions { DataDir = dataDir }, ct: ct), dataDir);
    }

    public GitHubClient Client(string? token) =>
        new(_http, new GitHubClientOptions { ApiUrl = Server.ApiUrl, Token = token, RetryDelay = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);

    /// <summary>Creates a user and returns an API token for them.</summary>
    public async Task<string> UserAsync(string login, CancellationToken ct)
    {
        await PostAsync("users", new { login, name = login }, ct);
        var response = await PostAsync($"users/{login}/tokens", new { }, ct);
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["token"];
    }

    public async Task OrgAsync(string org, IEnumerable<string> members, CancellationToken ct)
    {
        await PostAsync("orgs", new { login = org }, ct);
        foreach (var member in members)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"{Server.BaseUrl}/api/forge/orgs/{org}/members/{member}") { Content = JsonContent.Create(new { role = "member" }) };
            (await _http.SendAsync(request, ct)).EnsureSuccessStatusCode();
        }
    }

    private async Task<HttpResponseMessage> PostAsync(string path, object body, CancellationToken ct)
    {
        var response = await _http.PostAsJsonAsync($"{Server.BaseUrl}/api/forge/{path}", body, ct);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
