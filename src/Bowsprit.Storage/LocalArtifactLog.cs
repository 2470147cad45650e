namespace Bowsprit.Storage;

/// <summary>
/// Appends in place: each append is pushed to the operating system at once, so a reader opening the file sees
/// every byte appended so far without waiting for a flush.
/// </summary>
internal sealed class LocalArtifactLog(FileStream file) : IArtifactLog
{
    public async Task AppendAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        await file.WriteAsync(content, cancellationToken).ConfigureAwait(false);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task FlushAsync(CancellationToken cancellationToken) => file.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
