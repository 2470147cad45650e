namespace Bowsprit.Core.Templates;

internal sealed class ListNode(int pos, TemplateNode[] nodes) : TemplateNode(pos)
{
    public TemplateNode[] Nodes { get; } = nodes;
}
