namespace Bowsprit.Core.Templates;

/// <summary>A built-in function name.</summary>
internal sealed class IdentifierNode(int pos, BuiltinFunction function, string name) : ExprNode(pos)
{
    public BuiltinFunction Function { get; } = function;

    public string Name { get; } = name;

    public override string ToString() => Name;
}
