using System.Text;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Plugins.Size;

/// <summary>
/// The repository's <c>.generated_files</c>: one rule per line, <c>path</c>, <c>path-prefix</c>, <c>file-name</c>,
/// <c>file-prefix</c>, or <c>paths-from-repo</c> (a file listing more paths); <c>#</c> starts a comment.
/// Generated code is reviewed by regenerating it, so it does not count towards a PR's size.
/// </summary>
internal sealed class GeneratedFiles
{
    // paths-from-repo files are fetched one by one; a bound keeps a hostile config from costing many API calls.
    private const int MaxPathsFromRepo = 10;

    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fileNames = new(StringComparer.Ordinal);
    private readonly List<string> _pathPrefixes = [];
    private readonly List<string> _filePrefixes = [];

    public static GeneratedFiles None { get; } = new();

    public static async Task<GeneratedFiles> LoadAsync(GitHubClient gh, string org, string repo, string gitRef, CancellationToken ct)
    {
        var result = new GeneratedFiles();
        var bytes = await gh.GetFileAsync(org, repo, ".generated_files", gitRef, ct);
        if (bytes is null)
        {
            return result;
        }

        var pathFiles = new List<string>();
        foreach (var (key, value) in Lines(bytes))
        {
            switch (key)
            {
                case "path": result._paths.Add(value); break;
                case "file-name": result._fileNames.Add(value); break;
                case "path-prefix": result._pathPrefixes.Add(value); break;
                case "file-prefix": result._filePrefixes.Add(value); break;
                case "paths-from-repo": pathFiles.Add(value); break;
            }
        }

        foreach (var file in pathFiles.Take(MaxPathsFromRepo))
        {
            var listed = await gh.GetFileAsync(org, repo, file, gitRef, ct);
            foreach (var line in Text(listed))
            {
                result._paths.Add(line);
            }
        }

        return result;
    }

    public bool Matches(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return _paths.Contains(path) || _fileNames.Contains(name) ||
               _pathPrefixes.Exists(p => path.StartsWith(p, StringComparison.Ordinal)) ||
               _filePrefixes.Exists(p => name.StartsWith(p, StringComparison.Ordinal));
    }

    private static IEnumerable<(string Key, string Value)> Lines(byte[] bytes)
    {
        foreach (var line in Text(bytes))
        {
            var space = line.IndexOfAny([' ', '\t']);
            if (space > 0)
            {
                yield return (line[..space], line[(space + 1)..].Trim());
            }
        }
    }

    private static IEnumerable<string> Text(byte[]? bytes) =>
        bytes is null ? [] : Encoding.UTF8.GetString(bytes).Split('\n')
            .Select(l => (l.IndexOf('#', StringComparison.Ordinal) is var hash and >= 0 ? l[..hash] : l).Trim())
            .Where(l => l.Length > 0);
}
