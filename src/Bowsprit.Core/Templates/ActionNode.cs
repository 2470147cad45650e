namespace Bowsprit.Core.Templates;

/// <summary><c>{{pipeline}}</c>: prints the value unless the pipeline declares or assigns a variable.</summary>
internal sealed class ActionNode(int pos, PipelineNode pipe) : TemplateNode(pos)
{
    public PipelineNode Pipe { get; } = pipe;

    public override string ToString() => "{{" + Pipe + "}}";
}
