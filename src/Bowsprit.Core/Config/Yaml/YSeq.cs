namespace Bowsprit.Core.Config.Yaml;

/// <summary>A sequence.</summary>
internal sealed class YSeq(int line, int column) : YNode(line, column)
{
    public List<YNode> Items { get; } = [];
}
