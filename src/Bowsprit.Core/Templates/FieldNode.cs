namespace Bowsprit.Core.Templates;

/// <summary>A field chain on dot: <c>.Spec.Refs.Org</c>.</summary>
internal sealed class FieldNode(int pos, MemberSite[] sites) : ExprNode(pos)
{
    private readonly string _text = MemberSite.Format(sites);

    public MemberSite[] Sites { get; } = sites;

    public override string ToString() => _text;
}
