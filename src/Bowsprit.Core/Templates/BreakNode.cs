namespace Bowsprit.Core.Templates;

internal sealed class BreakNode(int pos) : TemplateNode(pos)
{
    public override string ToString() => "{{break}}";
}
