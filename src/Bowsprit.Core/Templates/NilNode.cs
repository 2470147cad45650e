namespace Bowsprit.Core.Templates;

internal sealed class NilNode(int pos) : ExprNode(pos)
{
    public override string ToString() => "nil";
}
