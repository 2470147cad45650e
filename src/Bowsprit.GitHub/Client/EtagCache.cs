namespace Bowsprit.GitHub.Client;

/// <summary>
/// Last response per URL with its ETag, so repeated GETs are conditional and a 304 can be answered from here.
/// Bounded: the oldest entry goes when full.
/// </summary>
internal sealed class EtagCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<(string Url, CachedResponse Response)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Url, CachedResponse Response)> _order = new();
    private readonly Lock _gate = new();

    public CachedResponse? Get(string url)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(url, out var node) ? node.Value.Response : null;
        }
    }

    public void Put(string url, CachedResponse response)
    {
        lock (_gate)
        {
            if (_entries.Remove(url, out var old))
            {
                _order.Remove(old);
            }

            _entries[url] = _order.AddLast((url, response));
            if (_entries.Count > capacity && _order.First is { } oldest)
            {
                _entries.Remove(oldest.Value.Url);
                _order.RemoveFirst();
            }
        }
    }
}
