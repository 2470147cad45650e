namespace Bowsprit.Core.Templates;

/// <summary>A parse tree node; <see cref="Pos"/> is its offset in the template text, for error positions.</summary>
internal abstract class TemplateNode(int pos)
{
    public int Pos { get; } = pos;
}
