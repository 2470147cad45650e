using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Bowsprit.Forge.Git;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Forge.Tests.Git;

/// <summary>Authorization (the forge's --require-auth) and requests that try to leave the repository root.</summary>
public sealed class GitSmartHttpAccessTests
{
    private const string Token = "s3cret-token";

    private static CancellationToken Ct => GitTestEnvironment.Token;

    // What the forge does with --require-auth: any user name, the token as the Basic password; reads stay public.
    private static ValueTask<GitAccess> RequireTokenForPush(HttpContext context, string org, string repo, bool isPush)
    {
        if (!isPush)
        {
            return ValueTask.FromResult(GitAccess.Allow());
        }

        if (!AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header) || header.Parameter is null)
        {
            return ValueTask.FromResult(GitAccess.Unauthorized);
        }

        var credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
        return ValueTask.FromResult(credentials is [var user, Token] ? GitAccess.Allow(user) : GitAccess.Forbidden);
    }

    private static async Task<string> CloneWithCommitAsync(GitTestEnvironment env, string url)
    {
        var work = env.NewWorkDirectory();
        await env.RunAsync(work, "clone", "--quiet", url, ".");
        await env.RunAsync(work, "commit", "--quiet", "--allow-empty", "-m", "change");
        return work;
    }

    [Fact]
    public async Task Push_RequireAuthWithoutCredentials_FailsWith401()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env, RequireTokenForPush);
        var work = await CloneWithCommitAsync(env, server.UrlOf("org", "repo"));

        var result = await env.Git.RunAsync(work, ["push", "origin", "main"], Ct);
        using var http = new HttpClient();
        using var probe = await http.GetAsync(server.UrlOf("org", "repo") + "/info/refs?service=git-receive-pack", Ct);

        Assert.False(result.Succeeded);
        Assert.Contains("could not read Username", result.Error, StringComparison.Ordinal); // git got a 401 and could not prompt
        Assert.Equal(HttpStatusCode.Unauthorized, probe.StatusCode);
        Assert.Equal("Basic", Assert.Single(probe.Headers.WwwAuthenticate).Scheme);
        Assert.Empty(server.Pushes);
    }

    [Fact]
    public async Task Push_RequireAuthWithTokenInUrl_SucceedsAsThatUser()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env, RequireTokenForPush);
        var work = await CloneWithCommitAsync(env, server.UrlOf("org", "repo"));
        var authenticated = server.UrlOf("org", "repo").Replace("http://", $"http://alice:{Token}@", StringComparison.Ordinal);

        await env.RunAsync(work, "push", "--quiet", authenticated, "main");

        var push = Assert.Single(server.Pushes);
        Assert.Equal("alice", push.Pusher);
        Assert.Equal("refs/heads/main", Assert.Single(push.Updates).Ref);
    }

    [Fact]
    public async Task Push_RequireAuthWithWrongToken_IsForbidden()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env, RequireTokenForPush);
        var work = await CloneWithCommitAsync(env, server.UrlOf("org", "repo"));
        var wrong = server.UrlOf("org", "repo").Replace("http://", "http://alice:wrong@", StringComparison.Ordinal);

        var result = await env.Git.RunAsync(work, ["push", wrong, "main"], Ct);

        Assert.False(result.Succeeded);
        Assert.Contains("403", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Pushes);
    }

    [Theory]
    [InlineData("/org/repo.git/info/refs?service=git-upload-pack", HttpStatusCode.OK)]
    [InlineData("/org/repo/info/refs?service=git-upload-pack", HttpStatusCode.OK)]
    [InlineData("/org/repo.git/HEAD", HttpStatusCode.OK)]
    [InlineData("/org/../org/repo.git/HEAD", HttpStatusCode.OK)] // normalized by Kestrel, still inside the root
    [InlineData("/org/repo.git/config", HttpStatusCode.NotFound)]
    [InlineData("/org/repo.git/objects/../config", HttpStatusCode.NotFound)]
    [InlineData("/org/repo.git/objects/..%2Fconfig", HttpStatusCode.NotFound)]
    [InlineData("/org/repo.git/objects/info/..%2F..%2Fconfig", HttpStatusCode.NotFound)]
    [InlineData("/org/..%2F..%2Frepos%2Forg/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/..%2Forg/repo.git/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/%2e%2e/repo.git/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/org/%2e%2e/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/org/repo.git.git/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/org/missing.git/info/refs?service=git-upload-pack", HttpStatusCode.NotFound)]
    [InlineData("/../../../../etc/passwd", HttpStatusCode.NotFound)]
    public async Task Request_PathOutsideARepository_IsNotFound(string path, HttpStatusCode expected)
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);

        var (status, body) = await RawGetAsync(new Uri(server.BaseUrl), path);

        Assert.Equal((int)expected, status);
        Assert.DoesNotContain("[core]", body, StringComparison.Ordinal);
    }

    /// <summary>Sends the path byte for byte: HttpClient would normalize "..", which is exactly what we want to test.</summary>
    private static async Task<(int Status, string Body)> RawGetAsync(Uri server, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port, Ct);
        await using var stream = client.GetStream();
        var request = $"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(Ct);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }
}
