using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class BareRepositoryDiffTests
{
    private static CancellationToken Token => GitTestEnvironment.Token;

    private static readonly string LongText = string.Concat(Enumerable.Range(1, 40).Select(i => $"line {i} of a file that moves\n"));

    [Fact]
    public async Task DiffFilesAsync_PullRequest_ReportsStatusesAndCountsAgainstMergeBase()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "base",
            ("a.txt", "one\ntwo\nthree\n"), ("b.txt", "gone soon\n"), ("c.txt", LongText));
        var baseSha = (await repo.ResolveAsync("main", Token))!;
        await repo.UpdateRefAsync("refs/heads/feature", baseSha, null, Token);
        var head = await env.CommitAsync(repo, "feature", GitTestEnvironment.Alice, "change",
            ("a.txt", "one\n2\nthree\nfour\n"), ("b.txt", null), ("c.txt", null), ("d.txt", LongText), ("new.txt", "x\ny\n"));
        // The base branch moves on after the fork; its change must not show up (three-dot semantics).
        await env.CommitAsync(repo, "main", GitTestEnvironment.Bob, "main moves", ("main-only.txt", "m\n"));

        var files = (await repo.DiffFilesAsync("main", head, Token)).ToDictionary(f => f.Filename);

        Assert.Equal(["a.txt", "b.txt", "d.txt", "new.txt"], files.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((FileChangeStatus.Modified, 2, 1, 3), (files["a.txt"].Status, files["a.txt"].Additions, files["a.txt"].Deletions, files["a.txt"].Changes));
        Assert.Equal((FileChangeStatus.Removed, 0, 1), (files["b.txt"].Status, files["b.txt"].Additions, files["b.txt"].Deletions));
        Assert.Equal((FileChangeStatus.Renamed, "c.txt", 0), (files["d.txt"].Status, files["d.txt"].PreviousFilename, files["d.txt"].Changes));
        Assert.Equal((FileChangeStatus.Added, 2, 0), (files["new.txt"].Status, files["new.txt"].Additions, files["new.txt"].Deletions));
        Assert.Equal("@@ -0,0 +1,2 @@\n+x\n+y", files["new.txt"].Patch);
        Assert.StartsWith("@@ -1,3 +1,4 @@", files["a.txt"].Patch, StringComparison.Ordinal);
        Assert.Null(files["d.txt"].Patch);
        Assert.All(files.Values, f => Assert.False(f.Binary));
    }

    [Fact]
    public async Task DiffFilesAsync_BinaryFile_IsFlaggedWithoutCounts()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var baseSha = (await repo.ResolveAsync("main", Token))!;
        var head = await repo.CreateCommitAsync(baseSha, new Dictionary<string, byte[]?> { ["image.png"] = [0x89, 0x50, 0, 1, 2, 0, 3] }, "bin", GitTestEnvironment.Alice, Token);

        var file = Assert.Single(await repo.DiffFilesAsync(baseSha, head, Token));

        Assert.Equal(("image.png", FileChangeStatus.Added, true, 0), (file.Filename, file.Status, file.Binary, file.Changes));
        Assert.Null(file.Patch);
    }

    [Fact]
    public async Task DiffFilesAsync_WithoutPatch_KeepsCounts()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var baseSha = (await repo.ResolveAsync("main", Token))!;
        var head = await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "c", ("README.md", "# repo\nmore\n"));

        var file = Assert.Single(await repo.DiffFilesAsync(baseSha, head, includePatch: false, Token));

        Assert.Equal(("README.md", FileChangeStatus.Modified, 1, 0, null), (file.Filename, file.Status, file.Additions, file.Deletions, file.Patch));
    }

    [Fact]
    public async Task ChangedPathsAsync_ReportsAddedRemovedModified()
    {
        using var env = new GitTestEnvironment();
        var repo = await env.CreateRepoAsync();
        var before = (await repo.ResolveAsync("main", Token))!;
        var after = await env.CommitAsync(repo, "main", GitTestEnvironment.Alice, "c", ("README.md", "changed\n"), ("x/y.txt", "new\n"));

        var (added, removed, modified) = await repo.ChangedPathsAsync(before, after, Token);

        Assert.Equal(["x/y.txt"], added);
        Assert.Empty(removed);
        Assert.Equal(["README.md"], modified);
    }
}
