namespace Bowsprit.Forge.GraphQL;

internal sealed record InlineFragmentNode(
    string? TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSet SelectionSet,
    SourceLocation Location)
    : SelectionNode(Directives, Location);
