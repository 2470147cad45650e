namespace Bowsprit.Storage;

/// <summary>
/// S3 has no append, so the log is kept in memory and the whole object is re-uploaded: on an append once the
/// upload interval has passed since the last upload, on every flush, and on dispose. Readers therefore see the
/// log at most one interval behind. Not safe for concurrent appends, like a stream.
/// </summary>
internal sealed class S3ArtifactLog(S3ArtifactStore store, string objectKey, TimeProvider timeProvider, TimeSpan interval)
    : IArtifactLog
{
    private readonly MemoryStream _content = new();
    private long _lastUpload = timeProvider.GetTimestamp();
    private bool _dirty = true;

    public async Task AppendAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        _content.Write(content.Span);
        _dirty = true;
        if (timeProvider.GetElapsedTime(_lastUpload) >= interval)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!_dirty)
        {
            return;
        }

        using var snapshot = new MemoryStream(_content.GetBuffer(), 0, (int)_content.Length, writable: false);
        await store.PutAsync(objectKey, snapshot, cancellationToken).ConfigureAwait(false);
        _dirty = false;
        _lastUpload = timeProvider.GetTimestamp();
    }

    public async ValueTask DisposeAsync()
    {
        // The final upload must happen even when the job's own token is already cancelled.
        await FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await _content.DisposeAsync().ConfigureAwait(false);
    }
}
