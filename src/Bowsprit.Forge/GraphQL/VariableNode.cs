namespace Bowsprit.Forge.GraphQL;

internal sealed record VariableNode(string Name, SourceLocation Location) : ValueNode(Location);
