namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// A log's index as of one refresh: <see cref="LineCount"/> lines end before <see cref="EndOffset"/>; final when the
/// job has finished and the unterminated last line (if any) is counted too. <see cref="EndStyle"/> is the ANSI
/// style in force at <see cref="EndOffset"/>, where a live tail continues.
/// </summary>
internal sealed record LogIndexSnapshot(
    long LineCount,
    long EndOffset,
    bool IsFinal,
    long HighlightCount,
    IReadOnlyList<long> Highlights,
    IReadOnlyList<(long Offset, SgrState Style)> Checkpoints,
    SgrState EndStyle)
{
    /// <summary>The nearest indexed line at or before <paramref name="line"/>: its number, byte offset and the style in force there.</summary>
    public (long Line, long Offset, SgrState Style) Seek(long line)
    {
        if (Checkpoints.Count == 0)
        {
            return (0, 0, default);
        }

        var checkpoint = (int)Math.Min(line / LogIndex.Stride, Checkpoints.Count - 1);
        return ((long)checkpoint * LogIndex.Stride, Checkpoints[checkpoint].Offset, Checkpoints[checkpoint].Style);
    }
}
