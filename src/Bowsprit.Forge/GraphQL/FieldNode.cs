namespace Bowsprit.Forge.GraphQL;

internal sealed record FieldNode(
    string? Alias,
    string Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSet? SelectionSet,
    SourceLocation Location)
    : SelectionNode(Directives, Location)
{
    public string ResponseKey => Alias ?? Name;
}
