namespace Bowsprit.Storage;

/// <summary>An artifact written in pieces while the job runs. Disposing flushes what is left.</summary>
public interface IArtifactLog : IAsyncDisposable
{
    Task AppendAsync(ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>Makes everything appended so far readable through the store.</summary>
    Task FlushAsync(CancellationToken cancellationToken);
}
