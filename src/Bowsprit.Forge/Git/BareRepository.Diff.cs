using System.Globalization;

namespace Bowsprit.Forge.Git;

public sealed partial class BareRepository
{
    /// <summary>
    /// The files a pull request changes: the diff from the merge base of <paramref name="baseSha"/> and
    /// <paramref name="headSha"/> to the head (three-dot semantics, like GitHub's PR files API), with rename detection.
    /// Without a common ancestor the base itself is the starting point.
    /// </summary>
    public Task<IReadOnlyList<FileDiff>> DiffFilesAsync(string baseSha, string headSha, CancellationToken cancellationToken = default) =>
        DiffFilesAsync(baseSha, headSha, includePatch: true, cancellationToken);

    /// <summary>As <see cref="DiffFilesAsync(string, string, CancellationToken)"/>; without patches it runs one git process less (for statistics only).</summary>
    public async Task<IReadOnlyList<FileDiff>> DiffFilesAsync(
        string baseSha, string headSha, bool includePatch, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(baseSha, nameof(baseSha));
        GitNames.EnsureRevision(headSha, nameof(headSha));
        var from = await MergeBaseAsync(baseSha, headSha, cancellationToken) ?? baseSha;
        string[] common = ["diff", "--no-color", "--no-ext-diff", "--no-textconv", "-M"];

        // Two passes because --numstat and --name-status cannot be combined; both list files in the same order.
        var numstat = GitObjectParser.SplitNul((await RunAsync([.. common, "--numstat", "-z", from, headSha], cancellationToken)).Output);
        var nameStatus = GitObjectParser.SplitNul((await RunAsync([.. common, "--name-status", "-z", from, headSha], cancellationToken)).Output);
        var patches = includePatch
            ? SplitPatch((await RunAsync([.. common, "--patch", from, headSha], cancellationToken)).Output)
            : [];

        var counts = ParseNumstat(numstat);
        // Sections align with files one to one; if they ever do not, leave patches out rather than mismatch them.
        var patchesAligned = patches.Count == counts.Count;
        var files = new List<FileDiff>(counts.Count);
        var n = 0;
        for (var i = 0; i < nameStatus.Count; n++)
        {
            var code = nameStatus[i][0];
            string? previous = null;
            string path;
            if (code is 'R' or 'C')
            {
                previous = nameStatus[i + 1];
                path = nameStatus[i + 2];
                i += 3;
            }
            else
            {
                path = nameStatus[i + 1];
                i += 2;
            }

            var (additions, deletions, binary) = n < counts.Count ? counts[n] : (0, 0, false);
            var status = code switch
            {
                'A' => FileChangeStatus.Added,
                'D' => FileChangeStatus.Removed,
                'R' => FileChangeStatus.Renamed,
                'C' => FileChangeStatus.Copied,
                'T' => FileChangeStatus.Changed,
                _ => FileChangeStatus.Modified,
            };
            var patch = !binary && patchesAligned ? HunksOf(patches[n]) : null;
            files.Add(new FileDiff(path, status, additions, deletions, binary, previous, patch));
        }

        return files;
    }

    /// <summary>The best common ancestor of two commits, or null when their histories are unrelated.</summary>
    public async Task<string?> MergeBaseAsync(string a, string b, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(a, nameof(a));
        GitNames.EnsureRevision(b, nameof(b));
        var result = await Git.RunAsync(["merge-base", a, b], GitDirOptions(), cancellationToken);
        return result.ExitCode switch
        {
            0 => result.Output.Trim(),
            1 => null,
            _ => throw new GitCommandException(result.Command, result.ExitCode, result.Error),
        };
    }

    /// <summary>Whether <paramref name="ancestor"/> is reachable from <paramref name="descendant"/> (a fast-forward).</summary>
    public async Task<bool> IsAncestorAsync(string ancestor, string descendant, CancellationToken cancellationToken = default)
    {
        GitNames.EnsureRevision(ancestor, nameof(ancestor));
        GitNames.EnsureRevision(descendant, nameof(descendant));
        var result = await Git.RunAsync(["merge-base", "--is-ancestor", ancestor, descendant], GitDirOptions(), cancellationToken);
        return result.ExitCode switch
        {
            0 => true,
            1 => false,
            _ => throw new GitCommandException(result.Command, result.ExitCode, result.Error),
        };
    }

    // numstat -z: "add\tdel\tpath\0", or for a rename "add\tdel\t\0old\0new\0"; binary files count as "-\t-".
    private static List<(int Additions, int Deletions, bool Binary)> ParseNumstat(List<string> fields)
    {
        var counts = new List<(int, int, bool)>();
        for (var i = 0; i < fields.Count; i++)
        {
            var parts = fields[i].Split('\t', 3);
            if (parts.Length < 3)
            {
                continue;
            }

            if (parts[2].Length == 0)
            {
                i += 2;
            }

            var binary = parts[0] == "-";
            counts.Add(binary ? (0, 0, true) : (ParseCount(parts[0]), ParseCount(parts[1]), false));
        }

        return counts;
    }

    private static int ParseCount(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    // Every file's section of a patch starts with "diff --git "; inside hunks every line starts with ' ', '+', '-' or
    // '\', so the marker cannot appear in file content.
    private static List<string> SplitPatch(string patch)
    {
        var sections = new List<string>();
        var start = -1;
        var position = 0;
        while (position < patch.Length)
        {
            if (string.CompareOrdinal(patch, position, "diff --git ", 0, 11) == 0)
            {
                if (start >= 0)
                {
                    sections.Add(patch[start..position]);
                }

                start = position;
            }

            var newline = patch.IndexOf('\n', position);
            position = newline < 0 ? patch.Length : newline + 1;
        }

        if (start >= 0)
        {
            sections.Add(patch[start..]);
        }

        return sections;
    }

    private static string? HunksOf(string section)
    {
        var hunk = section.StartsWith("@@", StringComparison.Ordinal) ? 0 : section.IndexOf("\n@@", StringComparison.Ordinal);
        return hunk < 0 ? null : section[(hunk == 0 ? 0 : hunk + 1)..].TrimEnd('\n');
    }
}
