namespace Bowsprit.Forge.GraphQL;

internal sealed record FragmentDefinition(
    string Name,
    string TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSet SelectionSet,
    SourceLocation Location);
