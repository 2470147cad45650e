namespace Bowsprit.Core.Templates;

/// <summary>A variable with an optional field chain: <c>$</c>, <c>$x</c>, <c>$.Spec.Job</c>.</summary>
internal sealed class VariableNode(int pos, string name, MemberSite[] sites) : ExprNode(pos)
{
    private readonly string _text = name + MemberSite.Format(sites);

    public string Name { get; } = name;

    public MemberSite[] Sites { get; } = sites;

    public override string ToString() => _text;
}
