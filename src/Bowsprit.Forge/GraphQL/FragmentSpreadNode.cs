namespace Bowsprit.Forge.GraphQL;

internal sealed record FragmentSpreadNode(string Name, IReadOnlyList<DirectiveNode> Directives, SourceLocation Location)
    : SelectionNode(Directives, Location);
