using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

/// <summary>The stock git client against real Kestrel and git http-backend.</summary>
public sealed class GitSmartHttpTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    private static async Task<string> CloneAsync(GitTestEnvironment env, string url)
    {
        var work = env.NewWorkDirectory("clone");
        await env.RunAsync(work, "clone", "--quiet", url, ".");
        return work;
    }

    [Fact]
    public async Task Clone_AutoInitRepository_ChecksOutReadme()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);

        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        Assert.Equal("# repo\n", await File.ReadAllTextAsync(Path.Combine(work, "README.md"), Token));
        Assert.Equal("main", (await env.RunAsync(work, "branch", "--show-current")).Trim());
    }

    [Fact]
    public async Task Push_NewBranch_ReportsCreateFromZeros()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        await env.RunAsync(work, "checkout", "--quiet", "-b", "feature");
        await File.WriteAllTextAsync(Path.Combine(work, "f.txt"), "feature\n", Token);
        await env.RunAsync(work, "add", ".");
        await env.RunAsync(work, "commit", "--quiet", "-m", "Add feature");
        await env.RunAsync(work, "push", "--quiet", "origin", "feature");

        var push = Assert.Single(server.Pushes);
        var head = (await env.RunAsync(work, "rev-parse", "HEAD")).Trim();
        Assert.Equal(("org", "repo", "anonymous"), (push.Org, push.Repo, push.Pusher));
        Assert.Equal(new RefUpdate("refs/heads/feature", RefUpdate.ZeroSha, head), Assert.Single(push.Updates));
        var commits = await repo.PushCommitsAsync(push.Updates[0], Token);
        Assert.Equal(["f.txt"], Assert.Single(commits).Added);
    }

    [Fact]
    public async Task Push_ToMain_ReportsUpdate()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var before = (await repo.ResolveAsync("main", Token))!;
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        await File.AppendAllTextAsync(Path.Combine(work, "README.md"), "more\n", Token);
        await env.RunAsync(work, "commit", "--quiet", "-am", "More docs");
        await env.RunAsync(work, "push", "--quiet", "origin", "main");

        var after = (await env.RunAsync(work, "rev-parse", "HEAD")).Trim();
        var update = Assert.Single(Assert.Single(server.Pushes).Updates);
        Assert.Equal(new RefUpdate("refs/heads/main", before, after, Forced: false), update);
        Assert.Equal(after, await repo.ResolveAsync("main", Token));
    }

    [Fact]
    public async Task Push_DeleteBranch_ReportsDeleteToZeros()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/old", main, null, Token);
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        await env.RunAsync(work, "push", "--quiet", "origin", ":old");

        Assert.Equal(new RefUpdate("refs/heads/old", main, RefUpdate.ZeroSha), Assert.Single(Assert.Single(server.Pushes).Updates));
        Assert.Null(await repo.ResolveAsync("refs/heads/old", Token));
    }

    [Fact]
    public async Task Push_Force_ReportsForcedUpdate()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var initial = (await repo.ResolveAsync("main", Token))!;
        var remote = await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "remote only", ("r.txt", "r\n"));
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        await env.RunAsync(work, "reset", "--quiet", "--hard", initial);
        await env.RunAsync(work, "commit", "--quiet", "--allow-empty", "-m", "rewritten");
        var rejected = await env.Git.RunAsync(work, ["push", "origin", "main"], Token);
        await env.RunAsync(work, "push", "--quiet", "--force", "origin", "main");

        Assert.False(rejected.Succeeded);
        var rewritten = (await env.RunAsync(work, "rev-parse", "HEAD")).Trim();
        Assert.Equal(new RefUpdate("refs/heads/main", remote, rewritten, Forced: true), Assert.Single(Assert.Single(server.Pushes).Updates));
    }

    [Fact]
    public async Task Push_ToPullRequestRef_IsRejectedLikeGitHub()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));

        var result = await env.Git.RunAsync(work, ["push", "origin", "HEAD:refs/pull/1/head"], Token);

        Assert.False(result.Succeeded);
        Assert.Contains("hidden ref", result.Error, StringComparison.Ordinal);
        Assert.Empty(server.Pushes);
    }

    [Fact]
    public async Task Push_ThreeMegabytes_Works()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = await CloneAsync(env, server.UrlOf("org", "repo"));
        var data = new byte[3 * 1024 * 1024];
        new Random(42).NextBytes(data); // incompressible, so the pack really is 3 MB

        await File.WriteAllBytesAsync(Path.Combine(work, "big.bin"), data, Token);
        await env.RunAsync(work, "add", "big.bin");
        await env.RunAsync(work, "commit", "--quiet", "-m", "big");
        await env.RunAsync(work, "push", "--quiet", "origin", "main");

        Assert.Single(server.Pushes);
        var blob = Assert.IsType<GitBlob>(await repo.ReadFileAsync("main", "big.bin", Token));
        Assert.Equal(data, blob.Content);
        var again = await CloneAsync(env, server.UrlOf("org", "repo"));
        Assert.Equal(data, await File.ReadAllBytesAsync(Path.Combine(again, "big.bin"), Token));
    }

    [Fact]
    public async Task LsRemote_ProtocolV2_ListsRefs()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        await using var server = await GitHttpTestServer.StartAsync(env);

        var output = await env.RunAsync(env.Directory, "-c", "protocol.version=2", "ls-remote", server.UrlOf("org", "repo"));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.UrlOf("org", "repo") + "/info/refs?service=git-upload-pack");
        request.Headers.Add("Git-Protocol", "version=2");
        using var response = await http.SendAsync(request, Token);
        var advertisement = await response.Content.ReadAsStringAsync(Token);

        Assert.Contains($"{main}\trefs/heads/main", output, StringComparison.Ordinal);
        Assert.Equal("application/x-git-upload-pack-advertisement", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("version 2", advertisement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_UnknownRepository_Fails()
    {
        using var env = new GitTestEnvironment();
        await using var server = await GitHttpTestServer.StartAsync(env);

        var result = await env.Git.RunAsync(env.NewWorkDirectory(), ["clone", server.UrlOf("org", "missing"), "."], Token);

        Assert.False(result.Succeeded);
        Assert.Contains("not found", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fetch_ManyRefs_GzippedNegotiationWorks()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        // git gzips request bodies over 1 KB; 60 wanted branches make the fetch request that large.
        for (var i = 0; i < 60; i++)
        {
            var sha = await repo.CreateCommitAsync(main, GitTestEnvironment.Files(($"b{i}.txt", $"{i}\n")), $"branch {i}", GitTestEnvironment.Alice, Token);
            await repo.UpdateRefAsync($"refs/heads/branch-with-a-long-name-{i:00}", sha, null, Token);
        }

        await using var server = await GitHttpTestServer.StartAsync(env);
        var work = env.NewWorkDirectory();
        var trace = Path.Combine(work, "..", Path.GetFileName(work) + ".trace");
        var clone = await env.Git.RunAsync(
            ["clone", "--quiet", "--no-checkout", server.UrlOf("org", "repo"), work],
            new GitRunOptions { Environment = new Dictionary<string, string?> { ["GIT_TRACE_CURL"] = trace, ["GIT_TRACE_CURL_NO_DATA"] = "1" } },
            Token);

        clone.EnsureSuccess();
        Assert.Contains("Content-Encoding: gzip", await File.ReadAllTextAsync(trace, Token), StringComparison.Ordinal);
        Assert.Equal(61, (await env.RunAsync(work, "branch", "-r")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
    }

    [Fact]
    public async Task Push_ConcurrentToOneRepository_EachEventHasOnlyItsOwnRef()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();
        await using var server = await GitHttpTestServer.StartAsync(env);
        var clones = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var work = env.NewWorkDirectory();
            await env.RunAsync(work, "clone", "--quiet", server.UrlOf("org", "repo"), ".");
            await env.RunAsync(work, "commit", "--quiet", "--allow-empty", "-m", $"work {i}");
            clones.Add(work);
        }

        await Task.WhenAll(clones.Select((work, i) => env.RunAsync(work, "push", "--quiet", "origin", $"HEAD:refs/heads/topic-{i}")));

        var refs = server.Pushes.Select(p => Assert.Single(p.Updates).Ref).Order(StringComparer.Ordinal);
        Assert.Equal(["refs/heads/topic-0", "refs/heads/topic-1", "refs/heads/topic-2", "refs/heads/topic-3"], refs);
    }

    [Fact]
    public async Task Push_HandlerUpdatesRefsOfSameRepository_DoesNotDeadlockOrLeakIntoNextEvent()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        // What the forge does on a push to a PR branch: move refs/pull/N/head along.
        await using var server = await GitHttpTestServer.StartAsync(env, onPush: async (push, ct) =>
        {
            if (push.Updates[0].Ref == "refs/heads/pr-branch")
            {
                await repo.UpdateRefAsync("refs/pull/1/head", push.Updates[0].After, null, ct);
            }
        });
        var work = env.NewWorkDirectory();
        await env.RunAsync(work, "clone", "--quiet", server.UrlOf("org", "repo"), ".");
        await env.RunAsync(work, "commit", "--quiet", "--allow-empty", "-m", "pr");

        await env.RunAsync(work, "push", "--quiet", "origin", "HEAD:pr-branch");
        await env.RunAsync(work, "push", "--quiet", "origin", "HEAD:main");

        var head = (await env.RunAsync(work, "rev-parse", "HEAD")).Trim();
        Assert.Equal(head, await repo.ResolveAsync("refs/pull/1/head", Token));
        Assert.Equal(["refs/heads/pr-branch", "refs/heads/main"], server.Pushes.Select(p => Assert.Single(p.Updates).Ref));
    }
}
