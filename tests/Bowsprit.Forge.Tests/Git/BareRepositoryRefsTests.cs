using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class BareRepositoryRefsTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    [Fact]
    public async Task UpdateRefAsync_ZeroExpected_CreatesOnlyOnce()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;

        Assert.True(await repo.UpdateRefAsync("refs/heads/feature", main, RefUpdate.ZeroSha, Token));
        Assert.False(await repo.UpdateRefAsync("refs/heads/feature", main, RefUpdate.ZeroSha, Token));
        Assert.Equal(main, await repo.ResolveAsync("feature", Token));
    }

    [Fact]
    public async Task UpdateRefAsync_StaleExpected_FailsAndLeavesRef()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var first = (await repo.ResolveAsync("main", Token))!;
        var second = await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "second", ("a.txt", "a\n"));

        Assert.False(await repo.UpdateRefAsync("refs/heads/main", first, first, Token));
        Assert.Equal(second, await repo.ResolveAsync("main", Token));
        Assert.True(await repo.UpdateRefAsync("refs/heads/main", first, second, Token));
        Assert.Equal(first, await repo.ResolveAsync("main", Token));
    }

    [Fact]
    public async Task DeleteRefAsync_ComparesAndSwaps()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/pull/1/head", main, null, Token);

        Assert.False(await repo.DeleteRefAsync("refs/pull/1/head", new string('1', 40), Token));
        Assert.True(await repo.DeleteRefAsync("refs/pull/1/head", main, Token));
        Assert.False(await repo.DeleteRefAsync("refs/pull/1/head", null, Token));
        Assert.Null(await repo.ResolveAsync("refs/pull/1/head", Token));
    }

    [Fact]
    public async Task ListRefsAsync_Prefix_FiltersByName()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", main, null, Token);
        await repo.UpdateRefAsync("refs/pull/7/head", main, null, Token);

        var heads = await repo.ListRefsAsync("refs/heads/", Token);
        var pulls = await repo.ListRefsAsync("refs/pull/", Token);

        Assert.Equal(["refs/heads/feature", "refs/heads/main"], heads.Keys);
        Assert.Equal(main, Assert.Single(pulls).Value);
    }

    [Fact]
    public async Task ResolveAsync_Unknown_ReturnsNull()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();

        Assert.Null(await repo.ResolveAsync("nope", Token));
        Assert.Null(await repo.ResolveAsync(new string('a', 40), Token));
        await Assert.ThrowsAsync<ArgumentException>(() => repo.ResolveAsync("--all", Token));
    }
}
