namespace Bowsprit.Forge.GraphQL;

internal sealed record OperationDefinition(
    OperationType Operation,
    string? Name,
    IReadOnlyList<VariableDefinition> Variables,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSet SelectionSet,
    SourceLocation Location)
{
    /// <summary>How graphql-ruby labels the operation at the start of a validation error path.</summary>
    public string Label => Operation.ToString().ToLowerInvariant() + (Name is null ? "" : " " + Name);
}
