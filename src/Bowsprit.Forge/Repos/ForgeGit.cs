using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Repos;

/// <summary>
/// The git operations the API needs, by owner and repository name, on top of the bare repositories. Keeps
/// <c>refs/pull/N/head</c> and <c>refs/pull/N/merge</c> current the way GitHub does.
/// </summary>
public sealed class ForgeGit(GitRepositoryStore store)
{
    public GitRepositoryStore Store => store;

    public async Task CreateRepoAsync(string owner, string repo, string defaultBranch, bool autoInit, CancellationToken ct) =>
        await store.CreateAsync(owner, repo, defaultBranch, autoInit, ct);

    /// <summary>The commit a revision names, or null when the repository or the revision does not exist (or could never be one).</summary>
    public async Task<string?> ResolveAsync(string owner, string repo, string revision, CancellationToken ct)
    {
        if (store.TryOpen(owner, repo) is not { } bare || !GitNames.IsValidRevision(revision))
        {
            return null;
        }

        // A bare name could be a branch, a tag or a SHA; try them the way GitHub's ref lookup does.
        foreach (var candidate in revision.StartsWith("refs/", StringComparison.Ordinal) ? [revision] : new[] { $"refs/heads/{revision}", $"refs/tags/{revision}", revision })
        {
            if (await bare.ResolveAsync(candidate, ct) is { } sha)
            {
                return sha;
            }
        }

        return null;
    }

    public async Task<IReadOnlyDictionary<string, string>> BranchesAsync(string owner, string repo, CancellationToken ct)
    {
        var refs = await Open(owner, repo).ListRefsAsync("refs/heads/", ct);
        return refs.ToDictionary(r => r.Key["refs/heads/".Length..], r => r.Value, StringComparer.Ordinal);
    }

    /// <summary>Branches whose tip is <paramref name="sha"/> (what a status event's <c>branches</c> lists).</summary>
    public async Task<IReadOnlyList<string>> BranchesAtAsync(string owner, string repo, string sha, CancellationToken ct) =>
        [.. (await BranchesAsync(owner, repo, ct)).Where(b => b.Value == sha).Select(b => b.Key)];

    public async Task SetDefaultBranchAsync(string owner, string repo, string branch, CancellationToken ct) =>
        await Open(owner, repo).SetDefaultBranchAsync(branch, ct);

    /// <summary>
    /// Points <c>refs/pull/N/head</c> at the head, recomputes <c>refs/pull/N/merge</c> against the current base tip
    /// and returns what the pull request record needs: SHAs, mergeability and diff statistics.
    /// </summary>
    public async Task<PullGitInfo> RefreshPullAsync(string owner, string repo, int number, string baseRef, string headSha, CancellationToken ct)
    {
        var bare = Open(owner, repo);
        var baseSha = await bare.ResolveAsync($"refs/heads/{baseRef}", ct) ?? throw new InvalidOperationException($"base branch {baseRef} is gone");
        await bare.UpdateRefAsync($"refs/pull/{number}/head", headSha, null, ct);
        // Unrelated histories (a force-pushed head, say) have nothing to merge: not mergeable, rather than a git error.
        var merge = await bare.MergeBaseAsync(baseSha, headSha, ct) is null
            ? new MergeOutcome(false, null, null, [])
            : await bare.TryMergeAsync(baseSha, headSha, $"Merge {headSha} into {baseSha}", GitIdentity.Forge, ct);
        if (merge.Clean && merge.MergeCommitSha is { } mergeSha)
        {
            await bare.UpdateRefAsync($"refs/pull/{number}/merge", mergeSha, null, ct);
        }
        else
        {
            await bare.DeleteRefAsync($"refs/pull/{number}/merge", null, ct);
        }

        var files = await bare.DiffFilesAsync(baseSha, headSha, ct);
        var commits = await bare.ListCommitsAsync(baseSha, headSha, ct);
        return new PullGitInfo(baseSha, headSha, merge.Clean, merge.Clean ? merge.MergeCommitSha : null, commits.Count,
            files.Sum(f => f.Additions), files.Sum(f => f.Deletions), files.Count);
    }

    public async Task<IReadOnlyList<FileDiff>> PullFilesAsync(string owner, string repo, string baseSha, string headSha, CancellationToken ct) =>
        await Open(owner, repo).DiffFilesAsync(baseSha, headSha, ct);

    public async Task<IReadOnlyList<GitCommitInfo>> PullCommitsAsync(string owner, string repo, string baseSha, string headSha, CancellationToken ct) =>
        await Open(owner, repo).ListCommitsAsync(baseSha, headSha, ct);

    public async Task<GitCommitInfo?> CommitAsync(string owner, string repo, string revision, CancellationToken ct) =>
        await ResolveAsync(owner, repo, revision, ct) is { } sha ? await Open(owner, repo).GetCommitAsync(sha, ct) : null;

    public async Task<GitBlob?> ReadFileAsync(string owner, string repo, string revision, string path, CancellationToken ct) =>
        store.TryOpen(owner, repo) is { } bare && GitNames.IsValidRevision(revision) && GitNames.IsValidTreePath(path) ? await bare.ReadFileAsync(revision, path, ct) : null;

    public async Task<IReadOnlyList<GitTreeEntry>?> ListTreeAsync(string owner, string repo, string revision, string path, CancellationToken ct) =>
        store.TryOpen(owner, repo) is { } bare && GitNames.IsValidRevision(revision) && (path.Trim('/').Length == 0 || GitNames.IsValidTreePath(path.Trim('/')))
            ? await bare.ListTreeAsync(revision, path, ct)
            : null;

    public BareRepository Open(string owner, string repo) =>
        store.TryOpen(owner, repo) ?? throw Api.ForgeApiException.NotFound();
}
