namespace Bowsprit.Forge.GraphQL;

internal sealed record SelectionSet(IReadOnlyList<SelectionNode> Selections, SourceLocation Location);
