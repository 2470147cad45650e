using Microsoft.Win32.SafeHandles;

namespace Bowsprit.Storage;

/// <summary>
/// Artifacts as files under a root directory: the embedded mode's store. Whole-object writes go through a
/// temporary sibling and a rename, so readers never see half of a <c>finished.json</c>.
/// </summary>
public sealed class LocalArtifactStore : IArtifactStore
{
    // Temporary files share the target's directory so the final rename stays on one file system.
    private const string TempSuffix = ".bowsprit-tmp";
    private const int BufferSize = 81920;
    private const int SmallWriteLimit = 64 * 1024;

    private readonly string _root;

    public LocalArtifactStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(rootDirectory);
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(rootDirectory));
        Directory.CreateDirectory(_root);
    }

    public string RootDirectory => _root;

    public Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (content.Length > SmallWriteLimit)
        {
            return ReplaceAsync(key, (file, ct) => file.WriteAsync(content, ct).AsTask(), cancellationToken);
        }

        // started.json, finished.json, latest-build.txt: a few hundred bytes, where the async file machinery cost
        // more than the write itself (the biggest CPU item per run in the jobs benchmark).
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            ReplaceSmall(key, content.Span);
            return Task.CompletedTask;
        }
        catch (Exception e)
        {
            return Task.FromException(e);
        }
    }

    public Task WriteAsync(string key, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return ReplaceAsync(key, (file, ct) => content.CopyToAsync(file, ct), cancellationToken);
    }

    public async Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (DirectoryNotFoundException)
        {
            throw NotFound(key);
        }
        catch (FileNotFoundException)
        {
            throw NotFound(key);
        }
    }

    public async Task CopyToAsync(string key, Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            throw NotFound(key);
        }

        // FileShare.ReadWrite: a running job may still be appending to the log being copied.
        var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete,
            BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (source.ConfigureAwait(false))
        {
            await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(PathFor(key)));

    public Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken)
    {
        var file = new FileInfo(PathFor(key));
        return Task.FromResult(file.Exists ? file.Length : (long?)null);
    }

    public async Task<int> ReadRangeAsync(string key, long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        var path = PathFor(key);
        SafeFileHandle handle;
        try
        {
            // FileShare.ReadWrite: a running job may still be appending to the log being read.
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.Asynchronous);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw NotFound(key);
        }

        using (handle)
        {
            var total = 0;
            while (total < destination.Length)
            {
                var read = await RandomAccess.ReadAsync(handle, destination[total..], offset + total, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }

    public Task<IReadOnlyList<ArtifactEntry>> ListAsync(
        string directory, bool recursive, CancellationToken cancellationToken)
    {
        var prefix = ArtifactKey.DirectoryPrefix(directory);
        var path = prefix.Length == 0 ? _root : PathFor(prefix.TrimEnd('/'));
        if (!Directory.Exists(path))
        {
            return Task.FromResult<IReadOnlyList<ArtifactEntry>>([]);
        }

        var entries = new List<ArtifactEntry>();
        var option = recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        foreach (var info in new DirectoryInfo(path).EnumerateFileSystemInfos("*", option))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var key = KeyFor(info.FullName);
            if (info is FileInfo file && !file.Name.EndsWith(TempSuffix, StringComparison.Ordinal))
            {
                entries.Add(new ArtifactEntry(key, IsDirectory: false, file.Length));
            }
            else if (info is DirectoryInfo && !recursive)
            {
                entries.Add(new ArtifactEntry(key + "/", IsDirectory: true, Size: null));
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return Task.FromResult<IReadOnlyList<ArtifactEntry>>(entries);
    }

    public Task<int> DeleteDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        var prefix = ArtifactKey.DirectoryPrefix(directory);
        var path = prefix.Length == 0 ? _root : PathFor(prefix.TrimEnd('/'));
        if (!Directory.Exists(path))
        {
            return Task.FromResult(0);
        }

        var count = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Count();
        if (prefix.Length == 0)
        {
            // Keep the root itself: it may be a mount point the store does not own.
            foreach (var child in new DirectoryInfo(path).EnumerateFileSystemInfos())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (child is DirectoryInfo d) { d.Delete(recursive: true); } else { child.Delete(); }
            }
        }
        else
        {
            Directory.Delete(path, recursive: true);
        }

        return Task.FromResult(count);
    }

    public Task<IArtifactLog> CreateLogAsync(string key, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read | FileShare.Delete,
            BufferSize, FileOptions.Asynchronous);
        return Task.FromResult<IArtifactLog>(new LocalArtifactLog(stream));
    }

    /// <summary>The file for <paramref name="key"/>; refuses keys that would resolve outside the root.</summary>
    public string PathFor(string key)
    {
        ArtifactKey.Validate(key);
        var full = Path.GetFullPath(Path.Join(_root, key));
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Invalid artifact key '{key}': it resolves outside {_root}.", nameof(key));
        }

        return full;
    }

    private string KeyFor(string fullPath) =>
        Path.GetRelativePath(_root, fullPath).Replace(Path.DirectorySeparatorChar, '/');

    private void ReplaceSmall(string key, ReadOnlySpan<byte> content)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Join(Path.GetDirectoryName(path), $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write))
            {
                RandomAccess.Write(handle, content, 0);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private async Task ReplaceAsync(string key, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        var path = PathFor(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = Path.Join(Path.GetDirectoryName(path), $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize,
                FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                await write(file, ct).ConfigureAwait(false);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static FileNotFoundException NotFound(string key) => new($"No artifact at '{key}'.", key);
}
