namespace Bowsprit.Core.Config.Loading;

/// <summary>
/// Finds job-config files as Prow does: a single file, or every <c>.yaml</c>/<c>.yml</c> under a directory,
/// skipping <c>..</c>-prefixed entries (the ConfigMap mount's <c>..data</c> machinery) and paths matched by a
/// root <c>.prowignore</c>. Basenames must be unique because ConfigMaps flatten directories.
/// </summary>
internal static class JobConfigDiscovery
{
    public static IReadOnlyList<string> Discover(string path, ConfigDiagnostics diagnostics)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            diagnostics.Error(new SourceLocation(path, 0), null, null, "job config path does not exist");
            return [];
        }

        var ignore = ProwIgnore.Load(Path.Combine(path, ".prowignore"));
        var files = new List<string>();
        Walk(path, path, ignore, files);
        files.Sort(StringComparer.Ordinal);

        var byBasename = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!byBasename.TryAdd(name, file))
            {
                diagnostics.Error(new SourceLocation(file, 0), null, null,
                    $"duplicate job config file name {name} (also {byBasename[name]}); names must be unique across the tree");
            }
        }

        return files;
    }

    private static void Walk(string root, string dir, ProwIgnore ignore, List<string> files)
    {
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos())
        {
            if (entry.Name.StartsWith("..", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(root, entry.FullName).Replace('\\', '/');
            var isDirectory = (entry.Attributes & FileAttributes.Directory) != 0;
            if (ignore.IsIgnored(relative, isDirectory))
            {
                continue;
            }

            if (isDirectory)
            {
                // Like Go's filepath.Walk, symlinked directories are not followed.
                if (entry.LinkTarget is null)
                {
                    Walk(root, entry.FullName, ignore, files);
                }
            }
            else if (entry.Name.EndsWith(".yaml", StringComparison.Ordinal) || entry.Name.EndsWith(".yml", StringComparison.Ordinal))
            {
                files.Add(entry.FullName);
            }
        }
    }
}
