using System.Buffers;
using Bowsprit.Storage;

namespace Bowsprit.Spyglass.Logs;

/// <summary>Called once per line with its bytes (without the newline, cut at <see cref="LogLineReader.MaxLineBytes"/>); return false to stop.</summary>
internal delegate bool LogLineHandler(ReadOnlySpan<byte> line, long offset, long next);

/// <summary>
/// Walks a log object line by line through ranged reads, one chunk in memory at a time, so a log of any size is
/// read with a bounded amount of memory. Only lines ending in '\n' count unless the caller says the log is final,
/// because a running job's last line may still be half written.
/// </summary>
internal sealed class LogLineReader(IArtifactStore store, string key)
{
    public const int ChunkSize = 1024 * 1024;

    /// <summary>Longer lines are passed on cut to this many bytes (their offsets stay exact).</summary>
    public const int MaxLineBytes = 256 * 1024;

    /// <summary>
    /// Reads lines starting at <paramref name="start"/> (a line start) up to <paramref name="end"/>; returns the
    /// offset after the last line handed to <paramref name="onLine"/>, which is where the next read should begin.
    /// </summary>
    public async Task<long> ReadAsync(long start, long end, bool includeUnterminated, LogLineHandler onLine, CancellationToken ct)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var pending = ArrayPool<byte>.Shared.Rent(MaxLineBytes);
        var pendingLength = 0;
        var lineStart = start;
        var position = start;
        try
        {
            while (position < end)
            {
                var want = (int)Math.Min(ChunkSize, end - position);
                var read = await store.ReadRangeAsync(key, position, chunk.AsMemory(0, want), ct).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                var stop = Process(chunk.AsSpan(0, read), position, pending, ref pendingLength, ref lineStart, onLine);
                if (stop)
                {
                    return lineStart;
                }

                position += read;
            }

            if (includeUnterminated && position > lineStart)
            {
                onLine(pending.AsSpan(0, pendingLength), lineStart, position);
                return position;
            }

            return lineStart;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
            ArrayPool<byte>.Shared.Return(pending);
        }
    }

    // Returns true when the handler asked to stop; lineStart is then the offset after the last handled line.
    private static bool Process(ReadOnlySpan<byte> data, long dataOffset, byte[] pending, ref int pendingLength, ref long lineStart, LogLineHandler onLine)
    {
        var i = 0;
        while (i < data.Length)
        {
            var newline = data[i..].IndexOf((byte)'\n');
            if (newline < 0)
            {
                Append(pending, ref pendingLength, data[i..]);
                return false;
            }

            var segment = data.Slice(i, newline);
            var next = dataOffset + i + newline + 1;
            bool more;
            if (pendingLength > 0)
            {
                Append(pending, ref pendingLength, segment);
                more = onLine(pending.AsSpan(0, pendingLength), lineStart, next);
                pendingLength = 0;
            }
            else
            {
                more = onLine(segment.Length > MaxLineBytes ? segment[..MaxLineBytes] : segment, lineStart, next);
            }

            lineStart = next;
            if (!more)
            {
                return true;
            }

            i += newline + 1;
        }

        return false;
    }

    private static void Append(byte[] pending, ref int pendingLength, ReadOnlySpan<byte> bytes)
    {
        var room = Math.Min(bytes.Length, MaxLineBytes - pendingLength);
        if (room > 0)
        {
            bytes[..room].CopyTo(pending.AsSpan(pendingLength));
            pendingLength += room;
        }
    }
}
