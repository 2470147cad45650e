namespace Bowsprit.Spyglass.Logs;

/// <summary>
/// Indexes of recently viewed logs, so scrolling and polling never rescan a log. Bounded: the least recently used
/// index goes first. Keyed by bucket, key and highlight pattern, since the highlights are part of the index.
/// </summary>
internal sealed class LogIndexCache(TimeProvider time)
{
    private const int Capacity = 64;
    private readonly Dictionary<string, (LogIndex Index, long LastUsed)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public LogIndex Get(string location, string highlightPattern)
    {
        var cacheKey = location + "\n" + highlightPattern;
        lock (_lock)
        {
            var now = time.GetTimestamp();
            if (_entries.TryGetValue(cacheKey, out var entry))
            {
                _entries[cacheKey] = (entry.Index, now);
                return entry.Index;
            }

            if (_entries.Count >= Capacity)
            {
                var oldest = _entries.MinBy(static e => e.Value.LastUsed).Key;
                _entries.Remove(oldest);
            }

            var index = new LogIndex();
            _entries[cacheKey] = (index, now);
            return index;
        }
    }
}
