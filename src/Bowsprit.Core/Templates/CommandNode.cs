namespace Bowsprit.Core.Templates;

/// <summary>One pipeline stage: a function with its arguments, or a single operand.</summary>
internal sealed class CommandNode(int pos, ExprNode[] args) : TemplateNode(pos)
{
    public ExprNode[] Args { get; } = args;

    public override string ToString() => string.Join(" ", Args.Select(a => a.ToString()));
}
