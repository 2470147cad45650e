using System.Net.Http.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;

[assembly: AssemblyFixture(typeof(Bowsprit.Crier.Tests.Support.ForgeFixture))]

namespace Bowsprit.Crier.Tests.Support;

/// <summary>
/// One forge for the whole assembly (starting one per test would dominate the run time): an org <c>acme</c>
/// with <c>alice</c> (admin), <c>bob</c> (PR author) and the bot <c>bowsprit-bot</c>. Tests isolate themselves
/// by creating their own repository through <see cref="NewRepoAsync"/>.
/// </summary>
public sealed class ForgeFixture : IAsyncLifetime
{
    public const string Org = "acme";
    public const string Bot = "bowsprit-bot";
    private readonly HttpClient _http = new();
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "bowsprit-crier-tests", Guid.NewGuid().ToString("N"));
    private ForgeServer? _forge;

    public ForgeServer Forge => _forge ?? throw new InvalidOperationException("forge not started");

    public Dictionary<string, string> Tokens { get; } = new(StringComparer.Ordinal);

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = _dataDir }, ct: ct);
        foreach (var user in new[] { "alice", "bob", Bot })
        {
            await AdminAsync(HttpMethod.Post, "users", new { login = user, email = $"{user}@example.test" }, ct);
            var token = await AdminAsync(HttpMethod.Post, $"users/{user}/tokens", new { }, ct);
            Tokens[user] = (await token.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["token"];
        }

        await AdminAsync(HttpMethod.Post, "orgs", new { login = Org }, ct);
        await AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/alice", new { role = "admin" }, ct);
        await AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/bob", new { role = "member" }, ct);
        await AdminAsync(HttpMethod.Put, $"orgs/{Org}/members/{Bot}", new { role = "member" }, ct);
    }

    /// <summary>A GitHub client acting as <paramref name="user"/>, without the client's own retries (crier's are under test).</summary>
    public GitHubClient Client(string user) =>
        new(_http, new GitHubClientOptions { ApiUrl = Forge.ApiUrl, Token = Tokens[user], MaxAttempts = 1 }, TimeProvider.System);

    /// <summary>A fresh repository with a pull request from <c>bob</c>.</summary>
    public async Task<TestRepo> NewRepoAsync(CancellationToken ct)
    {
        var name = "repo" + Guid.NewGuid().ToString("N")[..8];
        await Client("alice").CreateOrgRepoAsync(Org, name, autoInit: true, ct);
        var main = await Client("alice").GetBranchAsync(Org, name, "main", ct);
        var response = await AdminAsync(HttpMethod.Post, $"repos/{Org}/{name}/commits",
            new { branch = "feature", from = "main", message = "change", files = new Dictionary<string, string?> { ["a.txt"] = "1" } }, ct);
        var head = (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(ct))!["sha"];
        var pr = await Client("bob").CreatePullRequestAsync(Org, name, "A change", "feature", "main", null, false, ct);
        return new TestRepo(Org, name, main.Commit.Sha, head, pr.Number);
    }

    public async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, $"{Forge.BaseUrl}/api/forge/{path}") { Content = body is null ? null : JsonContent.Create(body) };
        var response = await _http.SendAsync(request, ct);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        return response;
    }

    public async ValueTask DisposeAsync()
    {
        if (_forge is not null)
        {
            await _forge.DisposeAsync();
        }

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

/// <summary>A test's repository: its main SHA, and PR <see cref="Pull"/> from bob at <see cref="HeadSha"/>.</summary>
public sealed record TestRepo(string Org, string Name, string BaseSha, string HeadSha, int Pull);
