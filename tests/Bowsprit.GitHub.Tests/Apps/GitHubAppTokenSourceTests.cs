using System.Net;
using System.Security.Cryptography;
using System.Text;
using Bowsprit.GitHub.Apps;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.GitHub.Tests.Apps;

/// <summary>Token caching and refresh against a scripted GitHub (the forge-backed tests cover the real endpoints).</summary>
public sealed class GitHubAppTokenSourceTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
    private readonly RSA _key = RSA.Create(2048);
    private readonly ScriptedGitHub _github;
    private readonly HttpClient _http;

    public GitHubAppTokenSourceTests()
    {
        _github = new ScriptedGitHub(_time);
        _http = new HttpClient(_github);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TokenFor_SameOrgWithinTheHour_MintsOnce()
    {
        using var source = Source();

        var first = await source.TokenForAsync("repos/alpha/r/pulls", Ct);
        _time.Advance(TimeSpan.FromMinutes(30));
        var second = await source.TokenForAsync("/orgs/alpha/members", Ct);

        Assert.Equal(first, second);
        Assert.Equal(1, _github.Minted);
        Assert.Equal(1, _github.Listed);
    }

    [Fact]
    public async Task TokenFor_NearExpiry_MintsAFreshToken()
    {
        using var source = Source();

        var first = await source.TokenForAsync("repos/alpha/r", Ct);
        _time.Advance(TimeSpan.FromMinutes(56));
        var second = await source.TokenForAsync("repos/alpha/r", Ct);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _github.Minted);
    }

    [Fact]
    public async Task TokenFor_EachOrg_UsesItsInstallation()
    {
        using var source = Source();

        var alpha = await source.TokenForAsync("repos/alpha/r", Ct);
        var beta = await source.TokenForAsync("http://github.test/api/v3/repos/beta/r/pulls?page=2", Ct);

        Assert.Equal("ghs_inst1_1", alpha);
        Assert.Equal("ghs_inst2_2", beta);
    }

    [Fact]
    public async Task TokenFor_NoOrgInPath_UsesTheFirstInstallation()
    {
        using var source = Source();

        Assert.Equal("ghs_inst1_1", await source.TokenForAsync("http://github.test/api/graphql", Ct));
    }

    [Fact]
    public async Task TokenFor_JwtSentToAppEndpoints_IsSignedByTheAppAndRenewed()
    {
        using var source = Source();

        await source.TokenForAsync("repos/alpha/r", Ct);
        _time.Advance(TimeSpan.FromMinutes(58));
        await source.TokenForAsync("repos/alpha/r", Ct);

        Assert.Equal(2, _github.Jwts.Distinct().Count());
        Assert.All(_github.Jwts, jwt => Assert.Equal(3, jwt.Split('.').Length));
    }

    [Fact]
    public async Task TokenFor_OrgWithoutInstallation_FailsAndRelistsAtMostOnceAMinute()
    {
        using var source = Source();

        var first = await Assert.ThrowsAsync<InvalidOperationException>(() => source.TokenForAsync("repos/gamma/r", Ct).AsTask());
        await Assert.ThrowsAsync<InvalidOperationException>(() => source.TokenForAsync("repos/gamma/r", Ct).AsTask());
        var listedBefore = _github.Listed;
        _time.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<InvalidOperationException>(() => source.TokenForAsync("repos/gamma/r", Ct).AsTask());

        Assert.Contains("not installed on gamma", first.Message, StringComparison.Ordinal);
        Assert.Equal(1, listedBefore);
        Assert.Equal(2, _github.Listed);
    }

    [Theory]
    [InlineData("repos/o/r/pulls", "o")]
    [InlineData("/orgs/my-org/teams", "my-org")]
    [InlineData("http://github.test/api/v3/repos/x/y?per_page=100", "x")]
    [InlineData("user", null)]
    [InlineData("search/issues?q=repo:o/r", null)]
    public void OrgOf_Path_FindsTheOrg(string path, string? org) =>
        Assert.Equal(org, GitHubAppTokenSource.OrgOf(path, "http://github.test/api/v3"));

    private GitHubAppTokenSource Source() =>
        GitHubAppTokenSource.Create(_http, new GitHubClientOptions { ApiUrl = "http://github.test/api/v3" }, new GitHubAppCredentials("99", _key), _time);

    public void Dispose()
    {
        _http.Dispose();
        _key.Dispose();
    }

    /// <summary>Two installations (alpha → 1, beta → 2); tokens expire an hour after minting, as on GitHub.</summary>
    private sealed class ScriptedGitHub(TimeProvider time) : HttpMessageHandler
    {
        public int Minted { get; private set; }

        public int Listed { get; private set; }

        public List<string> Jwts { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Jwts.Add(request.Headers.Authorization?.Parameter ?? "");
            var path = request.RequestUri!.AbsolutePath;
            string json;
            if (path.EndsWith("/app/installations", StringComparison.Ordinal))
            {
                Listed++;
                json = """[{"id": 1, "account": {"login": "alpha"}}, {"id": 2, "account": {"login": "beta"}}]""";
            }
            else if (path.EndsWith("/access_tokens", StringComparison.Ordinal))
            {
                Minted++;
                var installation = path.Split('/')[^2];
                var expires = time.GetUtcNow().AddHours(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                json = $$"""{"token": "ghs_inst{{installation}}_{{Minted}}", "expires_at": "{{expires}}"}""";
            }
            else
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));
            }

            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") });
        }
    }
}
