namespace Bowsprit.Core.Templates;

internal sealed class ContinueNode(int pos) : TemplateNode(pos)
{
    public override string ToString() => "{{continue}}";
}
