namespace Bowsprit.Core.Config.Yaml;

/// <summary>A mapping in document order, merge keys (<c>&lt;&lt;</c>) already folded in.</summary>
internal sealed class YMap(int line, int column) : YNode(line, column)
{
    public List<KeyValuePair<YScalar, YNode>> Entries { get; } = [];

    public YNode? Get(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
