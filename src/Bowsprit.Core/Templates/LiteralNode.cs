namespace Bowsprit.Core.Templates;

/// <summary>A string, character, number or boolean constant; <see cref="Text"/> is its source spelling.</summary>
internal sealed class LiteralNode(int pos, object value, string text) : ExprNode(pos)
{
    public object Value { get; } = value;

    public string Text { get; } = text;

    public override string ToString() => Text;
}
