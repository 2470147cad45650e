using System.Text;

namespace Bowsprit.Forge.Git;

public sealed partial class BareRepository
{
    /// <summary>
    /// Creates a commit on top of <paramref name="parentSha"/> (null: a root commit) that writes each file whose content
    /// is non-null and deletes each file whose content is null. Only objects are written: no ref moves (use
    /// <see cref="UpdateRefAsync"/>). The author is also the committer, dated by the forge's clock.
    /// </summary>
    public async Task<string> CreateCommitAsync(
        string? parentSha,
        IReadOnlyDictionary<string, byte[]?> files,
        string message,
        GitIdentity author,
        CancellationToken cancellationToken = default)
    {
        if (parentSha is not null)
        {
            GitNames.EnsureRevision(parentSha, nameof(parentSha));
        }

        var index = new StringBuilder();
        foreach (var (path, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            GitNames.EnsureTreePath(path, nameof(files));
            if (content is null)
            {
                // Mode 0 removes the path from the index.
                index.Append("0 ").Append(GitNames.ZeroSha).Append('\t').Append(path).Append('\0');
            }
            else
            {
                var blob = (await Git.RunAsync(["hash-object", "-w", "--stdin"], GitDirOptions(content), cancellationToken))
                    .EnsureSuccess().Output.Trim();
                index.Append("100644 ").Append(blob).Append('\t').Append(path).Append('\0');
            }
        }

        // A private index file stands in for a work tree: read the parent's tree, apply the edits, write a tree.
        var indexFile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"bowsprit-index-{Guid.NewGuid():N}");
        try
        {
            var options = GitDirOptions() with
            {
                Environment = new Dictionary<string, string?> { ["GIT_DIR"] = Path, ["GIT_INDEX_FILE"] = indexFile },
            };
            (await Git.RunAsync(parentSha is null ? ["read-tree", "--empty"] : ["read-tree", parentSha + "^{tree}"], options, cancellationToken))
                .EnsureSuccess();
            (await Git.RunAsync(["update-index", "--replace", "-z", "--index-info"], options with { StandardInput = Encoding.UTF8.GetBytes(index.ToString()) }, cancellationToken))
                .EnsureSuccess();
            var tree = (await Git.RunAsync(["write-tree"], options, cancellationToken)).EnsureSuccess().Output.Trim();
            var signature = Now(author);
            return await CommitTreeAsync(tree, parentSha is null ? [] : [parentSha], message, signature, signature, cancellationToken);
        }
        finally
        {
            File.Delete(indexFile);
            File.Delete(indexFile + ".lock");
        }
    }

    /// <summary>Writes a commit object for a tree; <paramref name="committer"/> null means the author.</summary>
    internal async Task<string> CommitTreeAsync(
        string tree, IReadOnlyList<string> parents, string message, GitSignature author, GitSignature? committer, CancellationToken cancellationToken)
    {
        committer ??= author;
        List<string> args = ["commit-tree", tree];
        foreach (var parent in parents)
        {
            args.Add("-p");
            args.Add(parent);
        }

        // The message goes through stdin ("-F -") so its size and content never meet the command line.
        args.AddRange(["-F", "-"]);
        var options = new GitRunOptions
        {
            WorkingDirectory = Path,
            StandardInput = Encoding.UTF8.GetBytes(message.EndsWith('\n') ? message : message + "\n"),
            Environment = new Dictionary<string, string?>
            {
                ["GIT_DIR"] = Path,
                ["GIT_AUTHOR_NAME"] = author.Name,
                ["GIT_AUTHOR_EMAIL"] = author.Email,
                ["GIT_AUTHOR_DATE"] = author.GitDate,
                ["GIT_COMMITTER_NAME"] = committer.Name,
                ["GIT_COMMITTER_EMAIL"] = committer.Email,
                ["GIT_COMMITTER_DATE"] = committer.GitDate,
            },
        };
        return (await Git.RunAsync(args, options, cancellationToken)).EnsureSuccess().Output.Trim();
    }
}
