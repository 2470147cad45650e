using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Bowsprit.Cli.Tests;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Up.Tests;

/// <summary>
/// <c>bowsprit up</c> with credentials, pointed at a forge standing in for GitHub through Prow's flags: no demo is
/// seeded, the bot's login comes from the token (or the GitHub App), and a pull request's presubmit is reported back.
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
        var octo = await SeedGitHubAsync(github);
        await AdminAsync(github, "users", new { login = "ci-bot" });
        await AdminAsync(github, "orgs/octo-org/members/ci-bot", new { role = "admin" }, HttpMethod.Put);
        var secrets = await WriteFilesAsync(github);
        await File.WriteAllTextAsync(Path.Combine(secrets, "token"), await TokenAsync(github, "ci-bot"), Ct);

        var dataDir = Path.Combine(_dir, "data");
        using var up = await UpProcess.StartAsync(dataDir, UpProcess.FreePort(), Ct,
            [.. GitHubModeFlags(github, secrets), "--github-token-path", Path.Combine(secrets, "token")]);
        Assert.Equal("github", up.Endpoints.Mode);
        Assert.Null(up.Endpoints.Forge);
        Assert.Null(up.Endpoints.Demo);
        Assert.False(Directory.Exists(Path.Combine(dataDir, "secrets")));

        var status = await PresubmitSuccessAsync(octo, up);

        Assert.Equal("ci-bot", status.Creator?.Login); // the login was asked from the forge with the token
        Assert.Equal(0, await up.TerminateAsync(Ct));
    }

    [Fact]
    public async Task GitHubApp_InstalledOnOrg_PresubmitReportedAsTheAppBot()
    {
        await using var github = await ForgeServer.StartAsync(new ForgeOptions { DataDir = Path.Combine(_dir, "github") }, ct: Ct);
        var octo = await SeedGitHubAsync(github);
        using var key = RSA.Create(2048);
        await AdminAsync(github, "apps", new { id = 31337, slug = "bowsprit-ci", public_key = key.ExportSubjectPublicKeyInfoPem() });
        await AdminAsync(github, "apps/bowsprit-ci/installations", new { account = "octo-org" });
        var secrets = await WriteFilesAsync(github);
        await File.WriteAllTextAsync(Path.Combine(secrets, "app.pem"), key.ExportRSAPrivateKeyPem(), Ct);

        using var up = await UpProcess.StartAsync(Path.Combine(_dir, "data"), UpProcess.FreePort(), Ct,
            [.. GitHubModeFlags(github, secrets), "--github-app-id", "31337", "--github-app-private-key-path", Path.Combine(secrets, "app.pem")]);
        Assert.Equal("github", up.Endpoints.Mode);

        var status = await PresubmitSuccessAsync(octo, up);

        Assert.Equal("bowsprit-ci[bot]", status.Creator?.Login); // reported with an installation token
        Assert.Equal(0, await up.TerminateAsync(Ct));
    }

    [Fact]
    public async Task GitHubApp_HalfGivenOrWithToken_IsRefusedNamingTheFlags()
    {
        var (halfCode, _, halfError) = await CliProcess.RunAsync(new Dictionary<string, string>(), Ct,
            "up", "--plain", "--data-dir", Path.Combine(_dir, "data"), "--port", "0", "--github-app-id", "123");
        var (bothCode, _, bothError) = await CliProcess.RunAsync(new Dictionary<string, string>(), Ct,
            "up", "--plain", "--data-dir", Path.Combine(_dir, "data"), "--port", "0", "--github-app-id", "123", "--github-app-private-key-path", "/nonexistent",
            "--github-token-path", "/nonexistent");

        Assert.Equal(1, halfCode);
        Assert.Contains("--github-app-private-key-path", halfError, StringComparison.Ordinal);
        Assert.Equal(1, bothCode);
        Assert.Contains("mutually exclusive", bothError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_WithoutConfigPath_SaysWhatIsMissing()
    {
        var (code, _, error) = await CliProcess.RunAsync(new Dictionary<string, string>(), Ct,
            "up", "--plain", "--data-dir", Path.Combine(_dir, "data"), "--port", "0", "--github-token-path", "/nonexistent");

        Assert.Equal(1, code);
        Assert.Contains("--config-path", error, StringComparison.Ordinal);
    }

    /// <summary>octo-org/svc with a Makefile test on main and a feature branch; returns its owner's client.</summary>
    private async Task<GitHubClient> SeedGitHubAsync(ForgeServer github)
    {
        await AdminAsync(github, "users", new { login = "octo" });
        await AdminAsync(github, "orgs", new { login = "octo-org" });
        await AdminAsync(github, "orgs/octo-org/members/octo", new { role = "admin" }, HttpMethod.Put);
        var octo = new GitHubClient(_http, new GitHubClientOptions { ApiUrl = github.ApiUrl, Token = await TokenAsync(github, "octo") }, TimeProvider.System);
        await octo.CreateOrgRepoAsync("octo-org", "svc", autoInit: false, Ct);
        await AdminAsync(github, "repos/octo-org/svc/commits", new { branch = "main", files = new Dictionary<string, string> { ["Makefile"] = "test:\n\t@echo ok\n" } });
        await AdminAsync(github, "repos/octo-org/svc/commits", new { branch = "feature", from = "main", files = new Dictionary<string, string> { ["x"] = "y\n" } });
        return octo;
    }

    /// <summary>Prow's config, a presubmit, plugins and the HMAC secret; returns the secrets directory.</summary>
    private async Task<string> WriteFilesAsync(ForgeServer github)
    {
        var secrets = Path.Combine(_dir, "secrets");
        Directory.CreateDirectory(secrets);
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
        return secrets;
    }

    private string[] GitHubModeFlags(ForgeServer github, string secrets) =>
    [
        "--github-endpoint", github.ApiUrl, "--hmac-secret-file", Path.Combine(secrets, "hmac"),
        "--config-path", Path.Combine(_dir, "config.yaml"), "--job-config-path", Path.Combine(_dir, "jobs.yaml"), "--plugin-config", Path.Combine(_dir, "plugins.yaml"),
    ];

    /// <summary>Opens a pull request with a webhook to bowsprit's hook and waits for the presubmit's success status.</summary>
    private static async Task<Bowsprit.GitHub.Models.CommitStatus> PresubmitSuccessAsync(GitHubClient octo, UpProcess up)
    {
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
        return status;
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
