namespace Bowsprit.Core.Templates;

/// <summary>Commands joined by <c>|</c>, each stage's result passed as the next stage's last argument.</summary>
internal sealed class PipelineNode(int pos, string[] decls, bool isAssign, CommandNode[] commands) : TemplateNode(pos)
{
    /// <summary>Variables declared (<c>:=</c>) or assigned (<c>=</c>) by this pipeline, with their <c>$</c>.</summary>
    public string[] Decls { get; } = decls;

    public bool IsAssign { get; } = isAssign;

    public CommandNode[] Commands { get; } = commands;

    public override string ToString()
    {
        var commands = string.Join(" | ", Commands.Select(c => c.ToString()));
        return Decls.Length == 0 ? commands : $"{string.Join(", ", Decls)} {(IsAssign ? "=" : ":=")} {commands}";
    }
}
