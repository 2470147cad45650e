namespace Bowsprit.Core.Templates;

/// <summary>Fields read from a parenthesized pipeline's result: <c>(index .Pulls 0).Number</c>.</summary>
internal sealed class ChainNode(int pos, ExprNode inner, MemberSite[] sites) : ExprNode(pos)
{
    private readonly string _text = inner + MemberSite.Format(sites);

    public ExprNode Inner { get; } = inner;

    public MemberSite[] Sites { get; } = sites;

    public override string ToString() => _text;
}
