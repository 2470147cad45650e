namespace Bowsprit.Forge.GraphQL;

internal sealed record VariableDefinition(string Name, TypeRef Type, ValueNode? DefaultValue, SourceLocation Location);
