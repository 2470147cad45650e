using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>A dictionary that implements only the generic read-only interface, not IDictionary.</summary>
public sealed class ReadOnlyOnlyDictionary : IReadOnlyDictionary<string, string>
{
    private readonly Dictionary<string, string> _inner = new() { ["zone"] = "eu", ["cloud"] = "gce" };

    public string this[string key] => _inner[key];

    public IEnumerable<string> Keys => _inner.Keys;

    public IEnumerable<string> Values => _inner.Values;

    public int Count => _inner.Count;

    public bool ContainsKey(string key) => _inner.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _inner.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _inner.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
