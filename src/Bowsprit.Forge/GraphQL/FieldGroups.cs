namespace Bowsprit.Forge.GraphQL;

/// <summary>Fields grouped by response key, keys in first-seen order (the order results are written in).</summary>
internal sealed class FieldGroups : IEnumerable<KeyValuePair<string, List<(FieldNode Field, SchemaType Parent)>>>
{
    private readonly OrderedDictionary<string, List<(FieldNode Field, SchemaType Parent)>> _groups = new(StringComparer.Ordinal);

    public int Count => _groups.Count;

    public void Add(string key, (FieldNode Field, SchemaType Parent) field)
    {
        if (!_groups.TryGetValue(key, out var list))
        {
            list = [];
            _groups.Add(key, list);
        }

        list.Add(field);
    }

    public IEnumerator<KeyValuePair<string, List<(FieldNode Field, SchemaType Parent)>>> GetEnumerator() => _groups.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
