using System.Text;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>
/// The one place stdout and stderr of the job meet: the process log file, and optionally a writer that plays the
/// role of the container's own stdout. Writes are serialized so chunks of the two streams never interleave
/// mid-chunk, and once closed, late writes from a stray grandchild holding the pipe are dropped.
/// </summary>
internal sealed class ProcessLogSink : IAsyncDisposable
{
    private readonly FileStream _file;
    private readonly TextWriter? _echo;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _closed;

    public ProcessLogSink(string path, TextWriter? echo)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 4096, useAsync: true);
        _echo = echo;
    }

    /// <summary>Copies one of the child's output streams until EOF.</summary>
    public async Task PumpAsync(Stream source, CancellationToken cancellationToken)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var buffer = new byte[4096];
        var chars = new char[Encoding.UTF8.GetMaxCharCount(buffer.Length)];
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                var charCount = decoder.GetChars(buffer, 0, read, chars, 0);
                await WriteAsync(buffer.AsMemory(0, read), chars.AsMemory(0, charCount), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The pipe was torn down with the process tree; what was read so far is already in the log.
        }
    }

    /// <summary>The entrypoint's own messages (timeouts, start failures) belong in the job's log too.</summary>
    public Task WriteLineAsync(string message, CancellationToken cancellationToken)
    {
        var text = message + "\n";
        return WriteAsync(Encoding.UTF8.GetBytes(text), text.AsMemory(), cancellationToken);
    }

    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, ReadOnlyMemory<char> text, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_closed)
            {
                return;
            }

            await _file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
            await _file.FlushAsync(cancellationToken).ConfigureAwait(false);
            if (_echo is not null)
            {
                await _echo.WriteAsync(text, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync().ConfigureAwait(false);
        try
        {
            _closed = true;
            await _file.DisposeAsync().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
