using System.Globalization;

namespace Bowsprit.Forge.Git;

public sealed partial class BareRepository
{
    /// <summary>The file at <paramref name="path"/> in <paramref name="revision"/>, or null when it is missing or not a file.</summary>
    public async Task<GitBlob?> ReadFileAsync(string revision, string path, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(revision, nameof(revision));
        GitNames.EnsureTreePath(path, nameof(path));
        var objects = await ReadObjectsAsync([$"{revision}:{path}"], cancellationToken);
        return objects[0] is { Type: "blob" } blob ? new GitBlob(blob.Sha, blob.Content) : null;
    }

    /// <summary>
    /// The entries of the directory <paramref name="path"/> ("" for the root) in <paramref name="revision"/>, sorted as git
    /// stores them; null when the path is missing or not a directory.
    /// </summary>
    public async Task<IReadOnlyList<GitTreeEntry>?> ListTreeAsync(string revision, string path = "", CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(revision, nameof(revision));
        path = path.Trim('/');
        if (path.Length > 0)
        {
            GitNames.EnsureTreePath(path, nameof(path));
        }

        // Resolve first: ls-tree cannot tell "no such path" from other failures by exit code.
        var check = await Git.RunAsync(["cat-file", "--batch-check"], GitDirOptions($"{revision}:{path}\n"), cancellationToken);
        var header = check.EnsureSuccess().Output.Trim().Split(' ');
        if (header is not [var treeSha, "tree", _])
        {
            return null;
        }

        var result = await RunAsync(["ls-tree", "-z", "-l", treeSha], cancellationToken);
        var entries = new List<GitTreeEntry>();
        foreach (var field in GitObjectParser.SplitNul(result.Output))
        {
            // "<mode> SP <type> SP <sha> SP+ <size> TAB <name>"
            var tab = field.IndexOf('\t', StringComparison.Ordinal);
            var meta = field[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = field[(tab + 1)..];
            long? size = long.TryParse(meta[3], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
            entries.Add(new GitTreeEntry(name, path.Length == 0 ? name : $"{path}/{name}", meta[1], meta[0], meta[2], size));
        }

        return entries;
    }
}
