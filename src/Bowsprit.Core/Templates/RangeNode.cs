namespace Bowsprit.Core.Templates;

/// <summary><c>{{range}}</c>; its pipeline may declare one (element) or two (index or key, element) variables.</summary>
internal sealed class RangeNode(int pos, PipelineNode pipe, ListNode body, ListNode? @else) : TemplateNode(pos)
{
    public PipelineNode Pipe { get; } = pipe;

    public ListNode Body { get; } = body;

    public ListNode? Else { get; } = @else;

    public override string ToString() => "{{range " + Pipe + "}}";
}
