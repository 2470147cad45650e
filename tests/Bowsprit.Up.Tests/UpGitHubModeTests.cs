using System.Diagnostics;
using System.Net.Http.Json;
using Bowsprit.Cli.Tests;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Up.Tests;

/// <summary>
/// <c>bowsprit up</c> with credentials, pointed at a forge standing in for GitHub through Prow's flags: no demo is
/// seeded, the bot's login comes from the token, and a pull request's presubmit is reported back.
/// </summary>
public sealed class UpGitHubModeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-up-github", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();

    public UpGitHubModeTests() => Directory.CreateDirectory(_dir);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task TokenGiven_NoDemo_BotFromToken_PresubmitReportedToTheForgeAsGitHub()
    {
        await using var github = await ForgeServer.StartAsync(new ForgeOptions { DataDir = Path.Combine(_dir, "github") }, ct: Ct);
        await AdminAsync(github, "users", new { login = "octo" });
        await AdminAsync(github, "users", new { login = "ci-bot" });
        await AdminAsync(github, "orgs", new { login = "octo-org" });
        await AdminAsync(github, "orgs/octo-org/members/octo", new { role = "admin" }, HttpMethod.Put);
        await AdminAsync(github, "orgs/octo-org/members/ci-bot", new { role = "admin" }, HttpMethod.Put);
        var octoToken = await TokenAsync(github, "octo");
        var octo = new GitHubClient(_http, new GitHubClientOptions { ApiUrl = github.ApiUrl, Token = octoToken }, TimeProvider.System);
        await octo.CreateOrgRepoAsync("octo-org", "svc", autoInit: false, Ct);
        await AdminAsync(github, "repos/octo-org/svc/commits", new { branch = "main", files = new Dictionary<string, string> { ["Makefile"] = "test:\n\t@echo ok\n" } });
        await AdminAsync(github, "repos/octo-org/svc/commits", new { branch = "feature", from = "main", files = new Dictionary<string, string> { ["x"] = "y\n" } });

        var secrets = Path.Combine(_dir, "secrets");
        Directory.CreateDirectory(secrets);
        await File.WriteAllTextAsync(Path.Combine(secrets, "token"), await TokenAsync(github, "ci-bot"), Ct);
        await File.WriteAllTextAsync(Path.Combine(secrets, "hmac"), "github-mode-secret", Ct);
        await File.WriteAllTextAsync(Path.Combine(_dir, "config.yaml"), """
            plank:
              default_decoration_config_entries:
              - config:
                  utility_images: {clonerefs: c, initupload: i, entrypoint: e, sidecar: s}
                  gcs_configuration: {bucket: artifacts, path_strategy: explicit}
            """, Ct);
        await File.WriteAllTextAsync(Path.Combine(_dir, "jobs.yaml"), $$"""
            presubmits:
              octo-org/svc:
              - name: pull-svc-test
                always_run: true
                decorate: true
                clone_uri: {{github.BaseUrl}}/octo-org/svc.git
                spec:
                  containers:
                  - image: any
                    command: [make, test]
            """, Ct);
        await File.WriteAllTextAsync(Path.Combine(_dir, "plugins.yaml"), "plugins:\n  octo-org:\n    plugins: [trigger]\n", Ct);

        var dataDir = Path.Combine(_dir, "data");
        var port = UpProcess.FreePort();
        using var up = await UpProcess.StartAsync(dataDir, port, Ct,
            "--github-token-path", Path.Combine(secrets, "token"), "--github-endpoint", github.ApiUrl, "--hmac-secret-file", Path.Combine(secrets, "hmac"),
            "--config-path", Path.Combine(_dir, "config.yaml"), "--job-config-path", Path.Combine(_dir, "jobs.yaml"), "--plugin-config", Path.Combine(_dir, "plugins.yaml"));
        Assert.Equal("github", up.Endpoints.Mode);
        Assert.Null(up.Endpoints.Forge);
        Assert.Null(up.Endpoints.Demo);
        Assert.False(Directory.Exists(Path.Combine(dataDir, "secrets")));

        await octo.CreateRepoHookAsync("octo-org", "svc", up.Endpoints.Hook, "github-mode-secret", ["*"], Ct);
        var pr = await octo.CreatePullRequestAsync("octo-org", "svc", "Change", "feature", "main", null, draft: false, Ct);
        var clock = Stopwatch.StartNew();
        Bowsprit.GitHub.Models.CommitStatus? status = null;
        while (status is null && clock.Elapsed < TimeSpan.FromSeconds(30) && !up.Process.HasExited)
        {
            status = (await octo.ListStatusesAsync("octo-org", "svc", pr.Head!.Sha, Ct)).FirstOrDefault(s => s.Context == "pull-svc-test" && s.State == "success");
            await Task.Delay(100, Ct);
        }

        Assert.True(status is not null, $"no success status; bowsprit up said:\n{up.Output}");
        Assert.Equal("ci-bot", status.Creator?.Login); // the login was asked from the forge with the token
        Assert.Equal(0, await up.TerminateAsync(Ct));
    }

    [Fact]
    public async Task GitHubApp_IsRefusedPlainly()
    {
        var (code, _, error) = await CliProcess.RunAsync(new Dictionary<string, string>(), Ct,
            "up", "--plain", "--data-dir", Path.Combine(_dir, "data"), "--port", "0", "--github-app-id", "123", "--github-app-private-key-path", "/nonexistent");

        Assert.Equal(1, code);
        Assert.Contains("GitHub App authentication", error, StringComparison.Ordinal);
        Assert.Contains("not supported yet", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WithoutConfigPath_SaysWhatIsMissing()
    {
        var (code, _, error) = await CliProcess.RunAsync(new Dictionary<string, string>(), Ct,
            "up", "--plain", "--data-dir", Path.Combine(_dir, "data"), "--port", "0", "--github-token-path", "/nonexistent");

        Assert.Equal(1, code);
        Assert.Contains("--config-path", error, StringComparison.Ordinal);
    }

    private async Task AdminAsync(ForgeServer forge, string path, object body, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, $"{forge.BaseUrl}/api/forge/{path}") { Content = JsonContent.Create(body) };
        (await _http.SendAsync(request, Ct)).EnsureSuccessStatusCode();
    }

    private async Task<string> TokenAsync(ForgeServer forge, string login)
    {
        var response = await _http.PostAsJsonAsync($"{forge.BaseUrl}/api/forge/users/{login}/tokens", new { }, Ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Dictionary<string, string>>(Ct))!["token"];
    }
}
