namespace Bowsprit.Core.Templates;

internal sealed class DotNode(int pos) : ExprNode(pos)
{
    public override string ToString() => ".";
}
