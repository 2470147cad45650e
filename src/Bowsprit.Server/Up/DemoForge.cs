using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.Forge.State;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Server.Up;

/// <summary>
/// The demo's forge, in this process on a loopback port (the same one across restarts when it is free, since
/// clone URLs in the job config name it), with writes requiring a token. Seeding is idempotent: each step
/// checks what exists, so a restart, or a start after a crash half-way through seeding, converges.
/// </summary>
internal sealed class DemoForge : IAsyncDisposable
{
    private readonly ForgeServer _server;
    private readonly DemoSecrets _secrets;
    private readonly HttpClient _http = new();

    private DemoForge(ForgeServer server, DemoSecrets secrets)
    {
        _server = server;
        _secrets = secrets;
    }

    public string BaseUrl => _server.BaseUrl;

    public string ApiUrl => _server.ApiUrl;

    public string GraphQLUrl => _server.GraphQLUrl;

    public string GitUrl => $"{BaseUrl}/{DemoRepository.FullName}.git";

    public static async Task<DemoForge> StartAsync(string dataDir, string host, int? preferredPort, DemoSecrets secrets, Action<ILoggingBuilder>? logging, CancellationToken ct)
    {
        var options = new ForgeOptions { DataDir = Path.Combine(dataDir, "forge"), RequireAuth = true };
        ForgeServer server;
        try
        {
            server = await ForgeServer.StartAsync(options, $"http://{host}:{preferredPort ?? 0}", logging, ct);
        }
        catch (IOException) when (preferredPort is not null)
        {
            // Taken by something else since the last run: any free port; the caller rewrites the clone URLs.
            server = await ForgeServer.StartAsync(options, $"http://{host}:0", logging, ct);
        }

        // The admin API needs a site administrator's token, and minting one needs the admin API: put the first
        // one straight into the forge's state.
        var adminToken = DemoSecrets.Read(secrets.AdminTokenPath);
        await server.Services.GetRequiredService<ForgeDatabase>().WriteAsync((s, c) =>
        {
            if (!s.Tokens.ContainsKey(adminToken))
            {
                s.Tokens[adminToken] = options.DefaultUser;
                c.Meta = true;
            }
        }, ct);
        return new DemoForge(server, secrets);
    }

    /// <summary>Users, org, repository with its files and the PR branch, and the webhook to hook.</summary>
    public async Task SeedAsync(string hookUrl, CancellationToken ct)
    {
        var bot = DemoSecrets.Read(_secrets.BotTokenPath);
        var user = DemoSecrets.Read(_secrets.UserTokenPath);
        await AdminAsync(HttpMethod.Post, "users", new { login = DemoRepository.User, name = "Alice (demo)" }, ct);
        await AdminAsync(HttpMethod.Post, "users", new { login = DemoRepository.Bot, name = "Bowsprit bot" }, ct);
        await AdminAsync(HttpMethod.Post, $"users/{DemoRepository.User}/tokens", new { token = user }, ct);
        await AdminAsync(HttpMethod.Post, $"users/{DemoRepository.Bot}/tokens", new { token = bot }, ct);
        await AdminAsync(HttpMethod.Post, "orgs", new { login = DemoRepository.Org }, ct);

        // Org members are trusted by trigger, so the demo user's pull requests are tested without /ok-to-test;
        // the bot sets statuses and comments, so it needs write access.
        await AdminAsync(HttpMethod.Put, $"orgs/{DemoRepository.Org}/members/{DemoRepository.User}", new { role = "admin" }, ct);
        await AdminAsync(HttpMethod.Put, $"orgs/{DemoRepository.Org}/members/{DemoRepository.Bot}", new { role = "admin" }, ct);

        var alice = Client(user);
        try
        {
            await alice.GetRepositoryAsync(DemoRepository.Org, DemoRepository.Repo, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            await alice.CreateOrgRepoAsync(DemoRepository.Org, DemoRepository.Repo, autoInit: false, ct);
        }

        if (!await BranchExistsAsync(alice, "main", ct))
        {
            await AdminAsync(HttpMethod.Post, $"repos/{DemoRepository.FullName}/commits",
                new { branch = "main", message = "Add a greeting and its test", files = DemoRepository.MainFiles }, ct);
        }

        if (!await BranchExistsAsync(alice, DemoRepository.PullBranch, ct))
        {
            await AdminAsync(HttpMethod.Post, $"repos/{DemoRepository.FullName}/commits",
                new { branch = DemoRepository.PullBranch, from = "main", message = "Document the bot commands", files = DemoRepository.PullFiles }, ct);
        }

        await EnsureHookAsync(alice, hookUrl, ct);
    }

    /// <summary>The sample pull request's number, opening it (as the demo user) when there is none yet.</summary>
    public async Task<int> EnsurePullRequestAsync(CancellationToken ct)
    {
        var alice = Client(DemoSecrets.Read(_secrets.UserTokenPath));
        var open = await alice.ListPullRequestsAsync(DemoRepository.Org, DemoRepository.Repo, "all", ct);
        if (open.FirstOrDefault(p => p.Head?.Ref == DemoRepository.PullBranch) is { } existing)
        {
            return existing.Number;
        }

        var pr = await alice.CreatePullRequestAsync(DemoRepository.Org, DemoRepository.Repo, "Document the bot commands", DemoRepository.PullBranch, "main",
            "A sample pull request: Bowsprit runs `pull-hello-test` on it. Try commenting `/retest` or `/hold`.", draft: false, ct);
        return pr.Number;
    }

    private static async Task<bool> BranchExistsAsync(GitHubClient client, string branch, CancellationToken ct)
    {
        try
        {
            await client.GetBranchAsync(DemoRepository.Org, DemoRepository.Repo, branch, ct);
            return true;
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    /// <summary>One hook, pointing at this run's hook URL with the current secret; stale ones (old port) go.</summary>
    private async Task EnsureHookAsync(GitHubClient alice, string hookUrl, CancellationToken ct)
    {
        var hooks = await alice.ListRepoHooksAsync(DemoRepository.Org, DemoRepository.Repo, ct);
        if (hooks.Any(h => h.Config.Url == hookUrl))
        {
            return;
        }

        foreach (var stale in hooks)
        {
            using var request = new HttpRequestMessage(HttpMethod.Delete, $"{ApiUrl}/repos/{DemoRepository.FullName}/hooks/{stale.Id}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoSecrets.Read(_secrets.UserTokenPath));
            (await _http.SendAsync(request, ct)).EnsureSuccessStatusCode();
        }

        await alice.CreateRepoHookAsync(DemoRepository.Org, DemoRepository.Repo, hookUrl, DemoSecrets.Read(_secrets.HmacPath), ["*"], ct);
    }

    private GitHubClient Client(string token) =>
        new(_http, new GitHubClientOptions { ApiUrl = ApiUrl, Token = token, UserAgent = "bowsprit-up" }, TimeProvider.System);

    private async Task AdminAsync(HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, $"{BaseUrl}/api/forge/{path}") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DemoSecrets.Read(_secrets.AdminTokenPath));
        using var response = await _http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"seeding the demo forge: {method} /api/forge/{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }
}
