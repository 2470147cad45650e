using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class BareRepositoryCommitsTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    [Fact]
    public async Task CreateCommitAsync_WritesAndDeletesFilesOnTopOfParent()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var parent = (await repo.ResolveAsync("main", Token))!;

        var sha = await repo.CreateCommitAsync(
            parent, GitTestEnvironment.Files(("src/app.cs", "class App {}\n"), ("README.md", null)), "Add app\n\nBody.", GitTestEnvironment.Alice, Token);

        var commit = Assert.IsType<GitCommitInfo>(await repo.GetCommitAsync(sha, Token));
        Assert.Equal([parent], commit.Parents);
        Assert.Equal("Add app\n\nBody.", commit.Message);
        Assert.Equal(new GitSignature("Alice Example", "alice@example.com", GitTestEnvironment.Start), commit.Author);
        Assert.Equal(commit.Author, commit.Committer);
        Assert.Null(await repo.ReadFileAsync(sha, "README.md", Token));
        Assert.Equal("class App {}\n", GitTestEnvironment.Text(await repo.ReadFileAsync(sha, "src/app.cs", Token)));
        Assert.Equal(parent, await repo.ResolveAsync("main", Token)); // no ref moved
    }

    [Fact]
    public async Task CreateCommitAsync_NoParent_MakesRootCommit()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync(autoInit: false);

        var sha = await repo.CreateCommitAsync(null, GitTestEnvironment.Files(("a", "1\n")), "root", GitTestEnvironment.Bob, Token);

        var commit = Assert.IsType<GitCommitInfo>(await repo.GetCommitAsync(sha, Token));
        Assert.Empty(commit.Parents);
        Assert.Equal("Bob Example", commit.Author.Name);
    }

    [Fact]
    public async Task CreateCommitAsync_PathOutsideTree_Throws()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();

        await Assert.ThrowsAsync<ArgumentException>(
            () => repo.CreateCommitAsync(null, GitTestEnvironment.Files(("../evil", "x")), "m", GitTestEnvironment.Bob, Token));
    }

    [Fact]
    public async Task GetCommitAsync_Unknown_ReturnsNull()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();

        Assert.Null(await repo.GetCommitAsync(new string('b', 40), Token));
    }

    [Fact]
    public async Task ListCommitsAsync_ReturnsBaseToHeadOldestFirst()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var baseSha = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", baseSha, null, Token);
        var one = await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "one", ("a.txt", "1\n"));
        var two = await env.CommitAsync(repo, "feature", GitTestEnvironment.Bob, "two", ("b.txt", "2\n"));
        await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "on main", ("m.txt", "m\n"));

        var commits = await repo.ListCommitsAsync("main", two, Token);

        Assert.Equal([one, two], commits.Select(c => c.Sha));
        Assert.Equal(["one", "two"], commits.Select(c => c.Message));
        Assert.Equal(GitTestEnvironment.Start.AddMinutes(1), commits[1].Author.When);
    }

    [Fact]
    public async Task CommitsBetweenAsync_ListsChangedPathsPerCommit()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var before = (await repo.ResolveAsync("main", Token))!;
        await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "add", ("a.txt", "1\n"), ("dir/b.txt", "2\n"));
        var after = await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "change", ("a.txt", "1b\n"), ("dir/b.txt", null), ("c.txt", "3\n"));

        var commits = await repo.CommitsBetweenAsync(before, after, Token);

        Assert.Equal(2, commits.Count);
        Assert.Equal(["a.txt", "dir/b.txt"], commits[0].Added);
        Assert.Equal(["c.txt"], commits[1].Added);
        Assert.Equal(["dir/b.txt"], commits[1].Removed);
        Assert.Equal(["a.txt"], commits[1].Modified);
    }

    [Fact]
    public async Task PushCommitsAsync_NewBranch_ListsOnlyCommitsNoOtherBranchHas()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var main = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/topic", main, null, Token);
        var topic = await env.CommitAsync(repo, "topic", GitTestEnvironment.Alice, "topic work", ("t.txt", "t\n"));

        var created = await repo.PushCommitsAsync(new RefUpdate("refs/heads/topic", RefUpdate.ZeroSha, topic), Token);
        var deleted = await repo.PushCommitsAsync(new RefUpdate("refs/heads/topic", topic, RefUpdate.ZeroSha), Token);
        var tag = await repo.PushCommitsAsync(new RefUpdate("refs/tags/v1", RefUpdate.ZeroSha, topic), Token);

        Assert.Equal(topic, Assert.Single(created).Commit.Sha);
        Assert.Empty(deleted);
        Assert.Empty(tag);
    }
}
