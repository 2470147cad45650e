namespace Bowsprit.Forge.GraphQL;

/// <summary>A literal (or variable reference) as written in the document.</summary>
internal abstract record ValueNode(SourceLocation Location);
