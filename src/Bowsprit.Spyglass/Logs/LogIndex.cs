using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// What spyglass knows about one log: how many lines it has, the byte offset of every
/// <see cref="Stride"/>-th line (so any line is at most one stride's scan away) and which lines match the
/// highlight regexes. Built once by one pass over the log and extended as a running job's log grows; a few
/// kilobytes even for a 100 MB log.
/// </summary>
// CA1001: a SemaphoreSlim holds an OS handle only once AvailableWaitHandle is used, which never happens here, and an
// index evicted from the cache may still be in use by a request, so it is left to the GC.
#pragma warning disable CA1001
internal sealed class LogIndex
#pragma warning restore CA1001
{
    public const int Stride = 512;
    public const int MaxHighlights = 2000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<(long Offset, SgrState Style)> _checkpoints = [];
    private SgrState _style;
    private readonly List<long> _highlights = [];

    // Lines indexed so far (a running log's unterminated last line is not one yet), the offset after the last of
    // them, and whether the job finished and the whole log is indexed.
    private long LineCount { get; set; }

    private long EndOffset { get; set; }

    private bool IsFinal { get; set; }

    private long HighlightCount { get; set; }

    /// <summary>True once the whole log of a finished job is indexed; read without the gate only as a hint.</summary>
    public bool IsComplete => IsFinal;

    /// <summary>Indexes what was appended up to <paramref name="size"/>; returns a consistent copy for the caller to use without locking.</summary>
    public async Task<LogIndexSnapshot> RefreshAsync(LogLineReader reader, long size, bool finished, Regex? highlight, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (IsFinal)
            {
                return Snapshot();
            }

            if (size < EndOffset)
            {
                // The object was replaced by a shorter one: start over.
                _checkpoints.Clear();
                _highlights.Clear();
                (LineCount, EndOffset, HighlightCount, _style) = (0, 0, 0, default);
            }

            var chars = ArrayPool<char>.Shared.Rent(2 * LogLineReader.MaxLineBytes);
            try
            {
                EndOffset = await reader.ReadAsync(EndOffset, size, finished, (line, offset, _) =>
                {
                    if (LineCount % Stride == 0)
                    {
                        _checkpoints.Add((offset, _style));
                    }

                    if (Matches(highlight, line, chars, ref _style))
                    {
                        HighlightCount++;
                        if (_highlights.Count < MaxHighlights)
                        {
                            _highlights.Add(LineCount);
                        }
                    }

                    LineCount++;
                    return true;
                }, ct).ConfigureAwait(false);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }

            IsFinal = finished;
            return Snapshot();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Under the gate: the lists are copied (a few thousand numbers at most) so readers never see them change.</summary>
    private LogIndexSnapshot Snapshot() => new(LineCount, EndOffset, IsFinal, HighlightCount, [.. _highlights], [.. _checkpoints], _style);

    /// <summary>
    /// Whether the line's text (decoded, escape sequences stripped) matches <paramref name="regex"/> (false without
    /// one), applying the line's styles to <paramref name="style"/> on the way; <paramref name="scratch"/> holds
    /// twice a line. Lines without an escape character are not decoded unless there is a regex.
    /// </summary>
    public static bool Matches(Regex? regex, ReadOnlySpan<byte> line, char[] scratch, ref SgrState style)
    {
        var escaped = line.Contains((byte)0x1b);
        if (regex is null && !escaped)
        {
            return false;
        }

        var length = Encoding.UTF8.GetChars(line, scratch);
        ReadOnlySpan<char> text = scratch.AsSpan(0, length);
        if (escaped)
        {
            var plain = scratch.AsSpan(length, length);
            text = plain[..AnsiHtml.Strip(text, plain, ref style)];
        }

        try
        {
            return regex is not null && regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
