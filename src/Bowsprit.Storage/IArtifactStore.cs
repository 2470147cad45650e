namespace Bowsprit.Storage;

/// <summary>
/// A bucket of job artifacts addressed by keys such as <c>logs/job/1/build-log.txt</c>: '/'-separated, relative,
/// without '.' or '..' segments. Directories are implicit, as in GCS and S3. Implementations: local directory and
/// S3-compatible; both are checked by the same contract tests.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Creates or replaces the object at <paramref name="key"/>.</summary>
    Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the object at <paramref name="key"/> with the rest of <paramref name="content"/>.</summary>
    Task WriteAsync(string key, Stream content, CancellationToken cancellationToken);

    /// <summary>The whole object; throws <see cref="FileNotFoundException"/> when there is none.</summary>
    Task<byte[]> ReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Streams the object into <paramref name="destination"/>; for objects too big to hold in memory.</summary>
    Task CopyToAsync(string key, Stream destination, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string key, CancellationToken cancellationToken);

    /// <summary>The object's size in bytes, or <see langword="null"/> when there is none.</summary>
    Task<long?> GetSizeAsync(string key, CancellationToken cancellationToken);

    /// <summary>
    /// Reads bytes starting at <paramref name="offset"/> into <paramref name="destination"/>, as many as fit and exist,
    /// and returns how many: fewer than the destination's length only at the end of the object, 0 at or past it.
    /// Viewers use it to page through logs far too big to fetch whole. Throws <see cref="FileNotFoundException"/>
    /// when there is no object.
    /// </summary>
    Task<int> ReadRangeAsync(string key, long offset, Memory<byte> destination, CancellationToken cancellationToken);

    /// <summary>
    /// What lies under the directory <paramref name="directory"/> ("" for the root), sorted by key. Not recursive:
    /// objects directly inside plus one entry per subdirectory (its key ends in '/'), like a directory listing.
    /// Recursive: every object below, no directory entries.
    /// </summary>
    Task<IReadOnlyList<ArtifactEntry>> ListAsync(string directory, bool recursive, CancellationToken cancellationToken);

    /// <summary>Deletes every object under the directory <paramref name="directory"/>; returns how many.</summary>
    Task<int> DeleteDirectoryAsync(string directory, CancellationToken cancellationToken);

    /// <summary>
    /// Starts a log (such as <c>build-log.txt</c>) that readers can fetch while the job is still writing it. How
    /// soon appended bytes become visible depends on the store; <see cref="IArtifactLog.FlushAsync"/> makes them
    /// visible at once.
    /// </summary>
    Task<IArtifactLog> CreateLogAsync(string key, CancellationToken cancellationToken);
}
