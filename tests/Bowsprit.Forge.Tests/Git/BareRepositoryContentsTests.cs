namespace Bowsprit.Forge.Tests.Git;

public sealed class BareRepositoryContentsTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    [Fact]
    public async Task ReadFileAsync_FileDirectoryAndMissing()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "files", ("docs/guide.md", "# Guide\n"), ("OWNERS", "approvers:\n- alice\n"));

        var owners = await repo.ReadFileAsync("main", "OWNERS", Token);

        Assert.Equal("approvers:\n- alice\n", GitTestEnvironment.Text(owners));
        Assert.Equal(40, owners!.Sha.Length);
        Assert.Equal("# Guide\n", GitTestEnvironment.Text(await repo.ReadFileAsync("main", "docs/guide.md", Token)));
        Assert.Null(await repo.ReadFileAsync("main", "docs", Token));
        Assert.Null(await repo.ReadFileAsync("main", "missing.txt", Token));
        Assert.Null(await repo.ReadFileAsync("no-such-branch", "OWNERS", Token));
        await Assert.ThrowsAsync<ArgumentException>(() => repo.ReadFileAsync("main", "../OWNERS", Token));
    }

    [Fact]
    public async Task ListTreeAsync_RootAndSubdirectory()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "files", ("docs/guide.md", "# Guide\n"), ("docs/img/a.txt", "a"));

        var root = await repo.ListTreeAsync("main", "", Token);
        var docs = await repo.ListTreeAsync("main", "docs", Token);

        Assert.NotNull(root);
        Assert.Equal([("README.md", "blob", 7L), ("docs", "tree", (long?)null)], root.Select(e => (e.Name, e.Type, e.Size)));
        Assert.NotNull(docs);
        Assert.Equal([("guide.md", "docs/guide.md", "blob"), ("img", "docs/img", "tree")], docs.Select(e => (e.Name, e.Path, e.Type)));
        Assert.Equal("100644", docs[0].Mode);
        Assert.Null(await repo.ListTreeAsync("main", "nope", Token));
        Assert.Null(await repo.ListTreeAsync("main", "docs/guide.md", Token));
    }
}
