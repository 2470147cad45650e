namespace Bowsprit.Core.Config.Yaml;

/// <summary>
/// A YAML node with its position. Bowsprit keeps its own small tree (instead of YamlDotNet's representation
/// model) because it must resolve merge keys like go-yaml does and remember lines for every diagnostic.
/// </summary>
internal abstract class YNode(int line, int column)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
