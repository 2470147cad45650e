using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class GitRepositoryStoreTests
{
    [Theory]
    [InlineData("repo")]
    [InlineData("My.Repo")]
    [InlineData("a_b-c.d")]
    [InlineData(".github")]
    [InlineData("x")]
    public void IsValidName_GitHubStyleName_IsAccepted(string name) =>
        Assert.True(GitRepositoryStore.IsValidName(name));

    [Theory]
    [InlineData("")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("a..b")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("r.git")]
    [InlineData("R.GIT")]
    [InlineData("a b")]
    [InlineData("naïve")]
    [InlineData("%2e%2e")]
    [InlineData("a\0b")]
    public void IsValidName_UnsafeName_IsRejected(string name) =>
        Assert.False(GitRepositoryStore.IsValidName(name));

    [Fact]
    public void IsValidName_TooLong_IsRejected() =>
        Assert.False(GitRepositoryStore.IsValidName(new string('a', 101)));

    [Fact]
    public void PathOf_InvalidName_Throws()
    {
        using var env = new GitTestEnvironment();

        Assert.Throws<ArgumentException>(() => env.Store.PathOf("..", "repo"));
        Assert.Throws<ArgumentException>(() => env.Store.PathOf("org", "../../etc"));
        Assert.Equal(Path.Combine(env.Store.Root, "org", "repo.git"), env.Store.PathOf("org", "repo"));
    }

    [Fact]
    public async Task CreateAsync_AutoInit_CommitsReadmeOnDefaultBranch()
    {
        using var env = new GitTestEnvironment();

        var repo = await env.Store.CreateAsync("org", "hello", autoInit: true, cancellationToken: GitTestEnvironment.Token);

        var refs = await repo.ListRefsAsync(cancellationToken: GitTestEnvironment.Token);
        var (name, sha) = Assert.Single(refs);
        Assert.Equal("refs/heads/main", name);
        Assert.Equal("main", await repo.GetDefaultBranchAsync(GitTestEnvironment.Token));
        var commit = Assert.IsType<GitCommitInfo>(await repo.GetCommitAsync(sha, GitTestEnvironment.Token));
        Assert.Equal("Initial commit", commit.Message);
        Assert.Empty(commit.Parents);
        Assert.Equal(GitTestEnvironment.Start, commit.Committer.When);
        Assert.Equal("# hello\n", GitTestEnvironment.Text(await repo.ReadFileAsync("main", "README.md", GitTestEnvironment.Token)));
    }

    [Fact]
    public async Task CreateAsync_WithoutAutoInit_IsEmptyWithChosenDefaultBranch()
    {
        using var env = new GitTestEnvironment();

        var repo = await env.Store.CreateAsync("org", "empty", "trunk", cancellationToken: GitTestEnvironment.Token);

        Assert.True(env.Store.Exists("org", "empty"));
        Assert.Empty(await repo.ListRefsAsync(cancellationToken: GitTestEnvironment.Token));
        Assert.Equal("trunk", await repo.GetDefaultBranchAsync(GitTestEnvironment.Token));
        Assert.Empty(Directory.GetDirectories(Path.Combine(env.Store.Root, "org"), ".creating-*"));
    }

    [Fact]
    public async Task CreateAsync_Existing_Throws()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => env.CreateRepoAsync());
    }

    [Fact]
    public async Task DeleteAsync_Existing_RemovesIt()
    {
        using var env = new GitTestEnvironment();
        await env.CreateRepoAsync();

        Assert.True(await env.Store.DeleteAsync("org", "repo", GitTestEnvironment.Token));

        Assert.False(env.Store.Exists("org", "repo"));
        Assert.Null(env.Store.TryOpen("org", "repo"));
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(env.Store.Root, "org")));
        Assert.False(await env.Store.DeleteAsync("org", "repo", GitTestEnvironment.Token));
    }
}
