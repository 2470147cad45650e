namespace Bowsprit.Core.Templates;

/// <summary>An operand: something that evaluates to a value.</summary>
internal abstract class ExprNode(int pos) : TemplateNode(pos);
