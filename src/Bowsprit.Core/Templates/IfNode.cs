namespace Bowsprit.Core.Templates;

/// <summary>
/// <c>{{if}}</c> or <c>{{with}}</c> (which also rebinds dot). <c>{{else if}}</c> and <c>{{else with}}</c>
/// become a nested node as the sole content of <see cref="Else"/>, sharing the one <c>{{end}}</c>.
/// </summary>
internal sealed class IfNode(int pos, bool isWith, PipelineNode pipe, ListNode then, ListNode? @else) : TemplateNode(pos)
{
    public bool IsWith { get; } = isWith;

    public PipelineNode Pipe { get; } = pipe;

    public ListNode Then { get; } = then;

    public ListNode? Else { get; } = @else;

    public override string ToString() => (IsWith ? "{{with " : "{{if ") + Pipe + "}}";
}
