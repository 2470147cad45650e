namespace Bowsprit.Forge.Git;

public sealed partial class BareRepository
{
    /// <summary>
    /// Test-merges <paramref name="headSha"/> into <paramref name="baseSha"/> without a work tree
    /// (<c>git merge-tree --write-tree</c>). When clean, writes a two-parent merge commit (base first, as GitHub's
    /// <c>refs/pull/N/merge</c>) without moving any ref; otherwise lists the conflicting paths.
    /// </summary>
    public async Task<MergeOutcome> TryMergeAsync(
        string baseSha, string headSha, string message, GitIdentity identity, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(baseSha, nameof(baseSha));
        GitNames.EnsureRevision(headSha, nameof(headSha));
        var (tree, conflicts) = await MergeTreesAsync(baseSha, headSha, cancellationToken);
        if (conflicts.Count > 0)
        {
            return new MergeOutcome(false, null, null, conflicts);
        }

        var signature = Now(identity);
        var commit = await CommitTreeAsync(tree, [baseSha, headSha], message, signature, signature, cancellationToken);
        return new MergeOutcome(true, commit, tree, []);
    }

    /// <summary>
    /// Merges a pull request into <paramref name="baseBranch"/> the way GitHub's merge button does:
    /// <see cref="MergeMethod.Merge"/> makes a merge commit (parents: base, head); <see cref="MergeMethod.Squash"/> one
    /// commit with the merged tree and the base as only parent; <see cref="MergeMethod.Rebase"/> replays each commit of
    /// <c>base..head</c> onto the base, keeping authors. The branch then moves with compare-and-swap, so a push that
    /// lands meanwhile makes this fail with <see cref="MergePullStatus.BaseMoved"/> instead of being overwritten.
    /// </summary>
    public async Task<MergePullResult> MergePullAsync(
        string baseBranch,
        string headSha,
        MergeMethod method,
        string title,
        string? message,
        GitIdentity committer,
        MergePullOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(baseBranch, nameof(baseBranch));
        GitNames.EnsureRevision(headSha, nameof(headSha));
        var refName = "refs/heads/" + baseBranch;
        var baseTip = await ResolveAsync(refName, cancellationToken);
        if (baseTip is null)
        {
            return new MergePullResult(MergePullStatus.BaseNotFound, null, null, []);
        }

        if (options?.ExpectedBaseSha is { } expected && expected != baseTip)
        {
            return new MergePullResult(MergePullStatus.BaseMoved, null, baseTip, []);
        }

        var head = await ResolveAsync(headSha, cancellationToken)
            ?? throw new ArgumentException($"Commit {headSha} does not exist.", nameof(headSha));
        if (await IsAncestorAsync(head, baseTip, cancellationToken))
        {
            return new MergePullResult(MergePullStatus.NothingToMerge, null, baseTip, []);
        }

        var committerSignature = Now(committer);
        var authorSignature = options?.Author is { } author ? Now(author) : committerSignature;
        var fullMessage = string.IsNullOrEmpty(message) ? title : $"{title}\n\n{message}";
        string? newTip;
        IReadOnlyList<string> conflicts;
        if (method == MergeMethod.Rebase)
        {
            (newTip, conflicts) = await ReplayAsync(baseTip, head, committerSignature, cancellationToken);
        }
        else
        {
            (var tree, conflicts) = await MergeTreesAsync(baseTip, head, cancellationToken);
            newTip = conflicts.Count > 0
                ? null
                : await CommitTreeAsync(tree, method == MergeMethod.Merge ? [baseTip, head] : [baseTip], fullMessage,
                    authorSignature, committerSignature, cancellationToken);
        }

        if (newTip is null)
        {
            return new MergePullResult(MergePullStatus.Conflict, null, baseTip, conflicts);
        }

        return await UpdateRefAsync(refName, newTip, baseTip, cancellationToken)
            ? new MergePullResult(MergePullStatus.Merged, newTip, baseTip, [])
            : new MergePullResult(MergePullStatus.BaseMoved, null, baseTip, []);
    }

    /// <summary>Three-way merge of two commits into a tree; conflicting paths (deduplicated) when not clean.</summary>
    internal async Task<(string Tree, IReadOnlyList<string> Conflicts)> MergeTreesAsync(string ours, string theirs, CancellationToken cancellationToken)
    {
        var result = await Git.RunAsync(
            ["merge-tree", "--write-tree", "-z", "--name-only", "--no-messages", ours, theirs], GitDirOptions(), cancellationToken);
        // Exit code 1 means "merged with conflicts"; anything else (unrelated histories, bad revision) is an error.
        if (result.ExitCode is not (0 or 1))
        {
            throw new GitCommandException(result.Command, result.ExitCode, result.Error);
        }

        var fields = GitObjectParser.SplitNul(result.Output);
        IReadOnlyList<string> conflicts = result.ExitCode == 0 ? [] : [.. fields.Skip(1).Distinct(StringComparer.Ordinal)];
        return (fields[0], conflicts);
    }

    /// <summary>Replays the non-merge commits of <c>onto..head</c> onto <paramref name="onto"/>, keeping authors and messages.</summary>
    private async Task<(string? Tip, IReadOnlyList<string> Conflicts)> ReplayAsync(
        string onto, string head, GitSignature committer, CancellationToken cancellationToken)
    {
        var shas = await RevListAsync([head, "^" + onto], includeMerges: false, cancellationToken);
        var commits = await ReadExistingCommitsAsync(shas, cancellationToken);
        var parents = await ReadCommitsAsync([.. commits.Select(c => c.Parents.Count > 0 ? c.Parents[0] : GitNames.ZeroSha)], cancellationToken);
        var current = onto;
        var currentTree = (await GetCommitAsync(onto, cancellationToken))!.TreeSha;
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            var parentTree = parents[i]?.TreeSha ?? GitNames.EmptyTreeSha;
            var tree = commit.TreeSha;
            // When the commit's parent had exactly our current tree the pick is trivial; otherwise do a real three-way merge.
            if (parentTree != currentTree)
            {
                var (picked, conflicts) = await CherryPickTreeAsync(parentTree, currentTree, commit.TreeSha, cancellationToken);
                if (conflicts.Count > 0)
                {
                    return (null, conflicts);
                }

                tree = picked;
            }

            current = await CommitTreeAsync(tree, [current], commit.Message, commit.Author, committer, cancellationToken);
            currentTree = tree;
        }

        return (current, []);
    }

    /// <summary>
    /// Applies the change <paramref name="parentTree"/> → <paramref name="pickedTree"/> onto <paramref name="ontoTree"/>.
    /// git 2.39's merge-tree has no <c>--merge-base</c> (added in 2.40), so two throwaway commits with a common parent
    /// holding the old tree make merge-tree use exactly that tree as the base. The throwaway commits are unreferenced
    /// and go away with the next gc.
    /// </summary>
    private async Task<(string Tree, IReadOnlyList<string> Conflicts)> CherryPickTreeAsync(
        string parentTree, string ontoTree, string pickedTree, CancellationToken cancellationToken)
    {
        var scratch = new GitSignature(GitIdentity.Forge.Name, GitIdentity.Forge.Email, DateTimeOffset.UnixEpoch);
        var mergeBase = await CommitTreeAsync(parentTree, [], "rebase: base", scratch, null, cancellationToken);
        var ours = await CommitTreeAsync(ontoTree, [mergeBase], "rebase: onto", scratch, null, cancellationToken);
        var theirs = await CommitTreeAsync(pickedTree, [mergeBase], "rebase: pick", scratch, null, cancellationToken);
        return await MergeTreesAsync(ours, theirs, cancellationToken);
    }
}
