namespace Bowsprit.Forge.GraphQL;

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
internal abstract record SelectionNode(IReadOnlyList<DirectiveNode> Directives, SourceLocation Location);
