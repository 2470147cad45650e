using System.Text;

namespace Bowsprit.Forge.Git;

public sealed partial class BareRepository
{
    /// <summary>Reads a commit (a tag is peeled to its commit); null when there is no such commit.</summary>
    public async Task<GitCommitInfo?> GetCommitAsync(string sha, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(sha, nameof(sha));
        var commits = await ReadCommitsAsync([sha + "^{commit}"], cancellationToken);
        return commits[0];
    }

    /// <summary>
    /// The commits in <c>base..head</c>, oldest first with parents before children: what GitHub's pull request commits
    /// list returns.
    /// </summary>
    public async Task<IReadOnlyList<GitCommitInfo>> ListCommitsAsync(string baseSha, string headSha, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(baseSha, nameof(baseSha));
        GitNames.EnsureRevision(headSha, nameof(headSha));
        var shas = await RevListAsync([headSha, "^" + baseSha], includeMerges: true, cancellationToken);
        return await ReadExistingCommitsAsync(shas, cancellationToken);
    }

    /// <summary>The commits in <c>base..head</c>, oldest first, each with its added/removed/modified paths.</summary>
    public async Task<IReadOnlyList<CommitChanges>> CommitsBetweenAsync(string baseSha, string headSha, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(baseSha, nameof(baseSha));
        GitNames.EnsureRevision(headSha, nameof(headSha));
        var shas = await RevListAsync([headSha, "^" + baseSha], includeMerges: true, cancellationToken);
        return await WithChangesAsync(shas, cancellationToken);
    }

    /// <summary>
    /// The commits a push webhook lists for one ref update: none for a deletion or a new tag, <c>before..after</c> for
    /// an update (also a forced one), and for a new branch the commits no other branch already has, as GitHub does.
    /// Call it after the push, while the other branches still point where they did.
    /// </summary>
    public async Task<IReadOnlyList<CommitChanges>> PushCommitsAsync(RefUpdate update, CancellationToken cancellationToken = default)
    {
        if (update.IsDelete || (update.IsCreate && !update.Ref.StartsWith("refs/heads/", StringComparison.Ordinal)))
        {
            return [];
        }

        List<string> range = [update.After];
        if (update.IsCreate)
        {
            var branches = await ListRefsAsync("refs/heads/", cancellationToken);
            range.AddRange(branches.Where(b => b.Key != update.Ref).Select(b => "^" + b.Value).Distinct());
        }
        else
        {
            range.Add("^" + update.Before);
        }

        var shas = await RevListAsync(range, includeMerges: true, cancellationToken);
        return await WithChangesAsync(shas, cancellationToken);
    }

    /// <summary>Paths added, removed and modified between two trees or commits (no rename detection, as push payloads).</summary>
    public async Task<(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Modified)> ChangedPathsAsync(
        string before, string after, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(before, nameof(before));
        GitNames.EnsureRevision(after, nameof(after));
        var result = await RunAsync(["diff-tree", "-r", "-z", "--no-renames", "--name-status", before, after], cancellationToken);
        var fields = GitObjectParser.SplitNul(result.Output);
        List<string> added = [], removed = [], modified = [];
        for (var i = 0; i + 1 < fields.Count; i += 2)
        {
            var list = fields[i] switch
            {
                "A" => added,
                "D" => removed,
                _ => modified,
            };
            list.Add(fields[i + 1]);
        }

        return (added, removed, modified);
    }

    internal async Task<List<string>> RevListAsync(IEnumerable<string> range, bool includeMerges, CancellationToken cancellationToken)
    {
        List<string> args = ["rev-list", "--reverse", "--topo-order"];
        if (!includeMerges)
        {
            args.Add("--no-merges");
        }

        // Revisions go through stdin so they can never be taken for options.
        var result = await Git.RunAsync([.. args, "--stdin"], GitDirOptions(string.Join('\n', range) + "\n"), cancellationToken);
        return [.. result.EnsureSuccess().Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    internal async Task<List<GitCommitInfo?>> ReadCommitsAsync(IReadOnlyList<string> revisions, CancellationToken cancellationToken)
    {
        var objects = await ReadObjectsAsync(revisions, cancellationToken);
        return [.. objects.Select(o => o is { Type: "commit" } ? GitObjectParser.ParseCommit(o.Sha, o.Content) : null)];
    }

    /// <summary>Reads many objects with one <c>git cat-file --batch</c>; null entries are missing objects.</summary>
    internal async Task<List<GitObject?>> ReadObjectsAsync(IReadOnlyList<string> revisions, CancellationToken cancellationToken)
    {
        if (revisions.Count == 0)
        {
            return [];
        }

        var input = new StringBuilder();
        foreach (var revision in revisions)
        {
            input.Append(revision).Append('\n');
        }

        var result = await RunAsync(["cat-file", "--batch"], input.ToString(), cancellationToken);
        return GitObjectParser.ParseBatch(result.StandardOutput);
    }

    private async Task<List<GitCommitInfo>> ReadExistingCommitsAsync(List<string> shas, CancellationToken cancellationToken)
    {
        var commits = await ReadCommitsAsync(shas, cancellationToken);
        return [.. commits.Select((c, i) => c ?? throw new InvalidOperationException($"Commit {shas[i]} is missing."))];
    }

    private async Task<IReadOnlyList<CommitChanges>> WithChangesAsync(List<string> shas, CancellationToken cancellationToken)
    {
        var commits = await ReadExistingCommitsAsync(shas, cancellationToken);
        var result = new List<CommitChanges>(commits.Count);
        foreach (var commit in commits)
        {
            var parent = commit.Parents.Count > 0 ? commit.Parents[0] : GitNames.EmptyTreeSha;
            var (added, removed, modified) = await ChangedPathsAsync(parent, commit.Sha, cancellationToken);
            result.Add(new CommitChanges(commit, added, removed, modified));
        }

        return result;
    }

    private async Task<GitResult> RunAsync(IReadOnlyList<string> arguments, string standardInput, CancellationToken cancellationToken) =>
        (await Git.RunAsync(arguments, GitDirOptions(standardInput), cancellationToken)).EnsureSuccess();
}
