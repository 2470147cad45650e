namespace Bowsprit.Core.Templates;

/// <summary>A parenthesized pipeline used as an operand.</summary>
internal sealed class ParenNode(int pos, PipelineNode pipe) : ExprNode(pos)
{
    public PipelineNode Pipe { get; } = pipe;

    public override string ToString() => "(" + Pipe + ")";
}
