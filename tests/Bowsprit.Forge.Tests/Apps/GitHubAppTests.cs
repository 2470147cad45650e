using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using Bowsprit.Forge.Tests.Support;
using Bowsprit.GitHub.Apps;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Apps;

/// <summary>
/// GitHub App authentication end to end: an App registered and installed on the forge, the real client minting
/// installation tokens with the App's JWT and working as <c>{slug}[bot]</c>.
/// </summary>
public sealed class GitHubAppTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Client_WithAppInstalledOnOrg_ListsPullsAndPostsStatusAsTheAppBot()
    {
        await using var forge = await ForgeFixture.StartAsync(ct: Ct);
        var (owner, sha, number) = await SeedAsync(forge, "apporg");
        using var key = RSA.Create(2048);
        await RegisterAsync(forge, 4242, "ci-robot", key, "apporg");
        using var tokens = GitHubAppTokenSource.Create(forge.Http, ClientOptions(forge), new GitHubAppCredentials("4242", key), TimeProvider.System);
        var client = new GitHubClient(forge.Http, ClientOptions(forge), TimeProvider.System, tokens);

        var app = await tokens.AppClient.GetAppAsync(Ct);
        var pulls = await client.ListPullRequestsAsync("apporg", "repo", "open", Ct);
        var status = await client.CreateStatusAsync("apporg", "repo", sha, "success", "ci/app", "passed", null, Ct);

        Assert.Equal("ci-robot[bot]", app.BotLogin);
        Assert.Contains(pulls, p => p.Number == number);
        Assert.Equal("ci-robot[bot]", status.Creator?.Login);
        var listed = await owner.ListStatusesAsync("apporg", "repo", sha, Ct);
        Assert.Contains(listed, s => s.Context == "ci/app" && s.Creator?.Login == "ci-robot[bot]");
    }

    [Fact]
    public async Task AccessTokens_ValidJwt_ReturnsHourLongGhsToken()
    {
        await using var forge = await ForgeFixture.StartAsync(ct: Ct);
        await SeedAsync(forge, "tokorg");
        using var key = RSA.Create(2048);
        var installation = await RegisterAsync(forge, 77, "tok-app", key, "tokorg");
        var jwt = GitHubAppJwt.Create("77", key, DateTimeOffset.UtcNow);

        using var found = await SendAsync(forge, HttpMethod.Get, "orgs/tokorg/installation", jwt);
        using var minted = await SendAsync(forge, HttpMethod.Post, $"app/installations/{installation}/access_tokens", jwt);

        Assert.Equal(installation, JsonDocument.Parse(await found.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.Created, minted.StatusCode);
        var body = JsonDocument.Parse(await minted.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.StartsWith("ghs_", body.GetProperty("token").GetString(), StringComparison.Ordinal);
        var expires = body.GetProperty("expires_at").GetDateTimeOffset() - DateTimeOffset.UtcNow;
        Assert.InRange(expires, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(61));
    }

    [Fact]
    public async Task AppEndpoints_JwtSignedByAnotherKeyExpiredOrMissing_Answer401WithGitHubError()
    {
        await using var forge = await ForgeFixture.StartAsync(ct: Ct);
        await SeedAsync(forge, "badorg");
        using var key = RSA.Create(2048);
        using var stranger = RSA.Create(2048);
        await RegisterAsync(forge, 91, "bad-app", key, "badorg");

        using var forged = await SendAsync(forge, HttpMethod.Get, "app", GitHubAppJwt.Create("91", stranger, DateTimeOffset.UtcNow));
        using var expired = await SendAsync(forge, HttpMethod.Get, "app/installations", GitHubAppJwt.Create("91", key, DateTimeOffset.UtcNow.AddMinutes(-30)));
        using var unknownApp = await SendAsync(forge, HttpMethod.Get, "app", GitHubAppJwt.Create("92", key, DateTimeOffset.UtcNow));
        using var none = await SendAsync(forge, HttpMethod.Get, "app", null);
        using var good = await SendAsync(forge, HttpMethod.Get, "app", GitHubAppJwt.Create("91", key, DateTimeOffset.UtcNow));

        foreach (var response in new[] { forged, expired, unknownApp, none })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.TryGetProperty("message", out _));
        }

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal("bad-app", JsonDocument.Parse(await good.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task TokenSource_OrgWithoutInstallation_FailsClearly()
    {
        await using var forge = await ForgeFixture.StartAsync(ct: Ct);
        await SeedAsync(forge, "homeorg");
        await forge.OrgAsync("elsewhere", [], Ct);
        using var key = RSA.Create(2048);
        await RegisterAsync(forge, 55, "home-app", key, "homeorg");
        using var tokens = GitHubAppTokenSource.Create(forge.Http, ClientOptions(forge), new GitHubAppCredentials("55", key), TimeProvider.System);
        var client = new GitHubClient(forge.Http, ClientOptions(forge), TimeProvider.System, tokens);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.ListPullRequestsAsync("elsewhere", "repo", "open", Ct));

        Assert.Contains("not installed on elsewhere", error.Message, StringComparison.Ordinal);
    }

    private static GitHubClientOptions ClientOptions(ForgeFixture forge) =>
        new() { ApiUrl = $"{forge.BaseUrl}/api/v3", UserAgent = "bowsprit-tests", RetryDelay = TimeSpan.FromMilliseconds(10) };

    /// <summary>An org with a repository and an open pull request, made by its owner.</summary>
    private static async Task<(GitHubClient Owner, string HeadSha, int Number)> SeedAsync(ForgeFixture forge, string org)
    {
        var token = await forge.UserAsync(org + "-owner", ct: Ct);
        await forge.OrgAsync(org, [org + "-owner"], Ct);
        var owner = forge.Client(token);
        await owner.CreateOrgRepoAsync(org, "repo", autoInit: true, Ct);
        var sha = await forge.CommitAsync(org, "repo", "feature", new Dictionary<string, string?> { ["f.txt"] = "f\n" }, from: "main", ct: Ct);
        var pull = await owner.CreatePullRequestAsync(org, "repo", "A change", "feature", "main", null, false, Ct);
        return (owner, sha, pull.Number);
    }

    /// <summary>Registers the App with the public half of <paramref name="key"/> and installs it; returns the installation id.</summary>
    private static async Task<long> RegisterAsync(ForgeFixture forge, long id, string slug, RSA key, string org)
    {
        await forge.AdminAsync(HttpMethod.Post, "apps", new { id, slug, public_key = key.ExportSubjectPublicKeyInfoPem() }, Ct);
        using var installed = await forge.AdminAsync(HttpMethod.Post, $"apps/{slug}/installations", new { account = org }, Ct);
        return JsonDocument.Parse(await installed.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt64();
    }

    private static async Task<HttpResponseMessage> SendAsync(ForgeFixture forge, HttpMethod method, string path, string? jwt)
    {
        using var request = new HttpRequestMessage(method, $"{forge.BaseUrl}/api/v3/{path}");
        if (jwt is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", jwt);
        }

        return await forge.Http.SendAsync(request, Ct);
    }
}
