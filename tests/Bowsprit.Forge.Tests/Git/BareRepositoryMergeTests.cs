using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class BareRepositoryMergeTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    /// <summary>main and feature both change README.md's different files (clean) or the same line (conflict).</summary>
    private static async Task<(BareRepository Repo, string Base, string Head)> DivergedAsync(GitTestEnvironment env, bool conflict)
    {
        var repo = await env.CreateRepoAsync();
        await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "shared", ("shared.txt", "a\nb\nc\n"));
        var fork = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", fork, null, Token);
        var head = await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "feature", ("shared.txt", "a\nB\nc\n"), ("feature.txt", "f\n"));
        var baseSha = await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "main",
            conflict ? ("shared.txt", "a\nbee\nc\n") : ("main.txt", "m\n"));
        return (repo, baseSha, head);
    }

    [Fact]
    public async Task TryMergeAsync_Clean_WritesTwoParentMergeCommitWithoutMovingRefs()
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: false);

        var outcome = await repo.TryMergeAsync(baseSha, head, "Merge feature", GitIdentity.Forge, Token);

        Assert.True(outcome.Clean);
        Assert.Empty(outcome.ConflictingPaths);
        var merge = Assert.IsType<GitCommitInfo>(await repo.GetCommitAsync(outcome.MergeCommitSha!, Token));
        Assert.Equal([baseSha, head], merge.Parents);
        Assert.Equal(outcome.TreeSha, merge.TreeSha);
        Assert.Equal("a\nB\nc\n", GitTestEnvironment.Text(await repo.ReadFileAsync(merge.Sha, "shared.txt", Token)));
        Assert.NotNull(await repo.ReadFileAsync(merge.Sha, "main.txt", Token));
        Assert.NotNull(await repo.ReadFileAsync(merge.Sha, "feature.txt", Token));
        Assert.Equal(baseSha, await repo.ResolveAsync("main", Token));
    }

    [Fact]
    public async Task TryMergeAsync_Conflict_ListsConflictingPaths()
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: true);

        var outcome = await repo.TryMergeAsync(baseSha, head, "Merge feature", GitIdentity.Forge, Token);

        Assert.False(outcome.Clean);
        Assert.Null(outcome.MergeCommitSha);
        Assert.Equal(["shared.txt"], outcome.ConflictingPaths);
    }

    [Fact]
    public async Task MergePullAsync_Merge_MovesBaseToMergeCommit()
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: false);

        var result = await repo.MergePullAsync("main", head, MergeMethod.Merge, "Merge pull request #1 from org/feature", "Add feature",
            GitTestEnvironment.Bob, cancellationToken: Token);

        Assert.Equal(MergePullStatus.Merged, result.Status);
        Assert.Equal(baseSha, result.PreviousBaseSha);
        Assert.Equal(result.Sha, await repo.ResolveAsync("main", Token));
        var commit = (await repo.GetCommitAsync(result.Sha!, Token))!;
        Assert.Equal([baseSha, head], commit.Parents);
        Assert.Equal("Merge pull request #1 from org/feature\n\nAdd feature", commit.Message);
        Assert.Equal("Bob Example", commit.Committer.Name);
    }

    [Fact]
    public async Task MergePullAsync_Squash_OneParentWithMergedTree()
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: false);

        var result = await repo.MergePullAsync("main", head, MergeMethod.Squash, "Add feature (#1)", null,
            GitTestEnvironment.Bob, new MergePullOptions { Author = GitTestEnvironment.Alice }, Token);

        Assert.True(result.Succeeded);
        var commit = (await repo.GetCommitAsync(result.Sha!, Token))!;
        Assert.Equal([baseSha], commit.Parents);
        Assert.Equal("Add feature (#1)", commit.Message);
        Assert.Equal(("Alice Example", "Bob Example"), (commit.Author.Name, commit.Committer.Name));
        Assert.Equal("a\nB\nc\n", GitTestEnvironment.Text(await repo.ReadFileAsync("main", "shared.txt", Token)));
        Assert.NotNull(await repo.ReadFileAsync("main", "main.txt", Token));
        Assert.NotNull(await repo.ReadFileAsync("main", "feature.txt", Token));
    }

    [Fact]
    public async Task MergePullAsync_Rebase_ReplaysEachCommitKeepingAuthors()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var fork = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", fork, null, Token);
        var first = await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "first", ("f1.txt", "1\n"), ("README.md", "# repo\nmore\n"));
        var second = await env.CommitAsync(repo, "feature", GitTestEnvironment.Bob, "second", ("f2.txt", "2\n"));
        var baseSha = await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "main", ("main.txt", "m\n"));
        var originals = await repo.ListCommitsAsync(fork, second, Token);

        var merger = new GitIdentity("Merge Bot", "bot@example.com");
        var result = await repo.MergePullAsync("main", second, MergeMethod.Rebase, "ignored", null, merger, cancellationToken: Token);

        Assert.True(result.Succeeded);
        var replayed = await repo.ListCommitsAsync(baseSha, result.Sha!, Token);
        Assert.Equal(2, replayed.Count);
        Assert.Equal([baseSha], replayed[0].Parents);
        Assert.Equal([replayed[0].Sha], replayed[1].Parents);
        Assert.Equal(originals.Select(c => (c.Author, c.Message)), replayed.Select(c => (c.Author, c.Message)));
        Assert.All(replayed, c => Assert.Equal("Merge Bot", c.Committer.Name));
        Assert.DoesNotContain(first, replayed.Select(c => c.Sha));
        Assert.Equal("# repo\nmore\n", GitTestEnvironment.Text(await repo.ReadFileAsync("main", "README.md", Token)));
        Assert.NotNull(await repo.ReadFileAsync("main", "main.txt", Token));
        Assert.NotNull(await repo.ReadFileAsync("main", "f2.txt", Token));
    }

    [Fact]
    public async Task MergePullAsync_RebaseOntoUnmovedBase_KeepsTreesAndRewritesCommitter()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var baseSha = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", baseSha, null, Token);
        await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "one", ("a.txt", "1\n"));
        var head = await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "two", ("a.txt", "2\n"));
        var originals = await repo.ListCommitsAsync(baseSha, head, Token);

        var result = await repo.MergePullAsync("main", head, MergeMethod.Rebase, "t", null, GitTestEnvironment.Bob, cancellationToken: Token);

        var replayed = await repo.ListCommitsAsync(baseSha, result.Sha!, Token);
        Assert.Equal(originals.Select(c => c.TreeSha), replayed.Select(c => c.TreeSha));
        Assert.NotEqual(head, result.Sha); // like GitHub, rebase-merging always writes new commits
        Assert.All(replayed, c => Assert.Equal(("Alice Example", "Bob Example"), (c.Author.Name, c.Committer.Name)));
    }

    [Theory]
    [InlineData(MergeMethod.Merge)]
    [InlineData(MergeMethod.Squash)]
    [InlineData(MergeMethod.Rebase)]
    public async Task MergePullAsync_Conflict_LeavesBaseAlone(MergeMethod method)
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: true);

        var result = await repo.MergePullAsync("main", head, method, "t", null, GitTestEnvironment.Bob, cancellationToken: Token);

        Assert.Equal(MergePullStatus.Conflict, result.Status);
        Assert.Equal(["shared.txt"], result.ConflictingPaths);
        Assert.Equal(baseSha, await repo.ResolveAsync("main", Token));
    }

    [Fact]
    public async Task MergePullAsync_BaseMovedSinceCheck_FailsWithoutChangingBranch()
    {
        using var env = new GitTestEnvironment();
        var (repo, baseSha, head) = await DivergedAsync(env, conflict: false);
        // Someone pushes to main after the caller looked at it.
        var pushed = await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "concurrent push", ("other.txt", "o\n"));

        var result = await repo.MergePullAsync("main", head, MergeMethod.Merge, "t", null, GitTestEnvironment.Bob,
            new MergePullOptions { ExpectedBaseSha = baseSha }, Token);

        Assert.Equal(MergePullStatus.BaseMoved, result.Status);
        Assert.Equal(pushed, await repo.ResolveAsync("main", Token));
    }

    [Fact]
    public async Task MergePullAsync_HeadAlreadyInBase_NothingToMerge()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var old = (await repo.ResolveAsync("main", Token))!;
        await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "more", ("x", "x"));

        var result = await repo.MergePullAsync("main", old, MergeMethod.Merge, "t", null, GitTestEnvironment.Bob, cancellationToken: Token);
        var missing = await repo.MergePullAsync("nope", old, MergeMethod.Merge, "t", null, GitTestEnvironment.Bob, cancellationToken: Token);

        Assert.Equal(MergePullStatus.NothingToMerge, result.Status);
        Assert.Equal(MergePullStatus.BaseNotFound, missing.Status);
    }
}
