namespace Bowsprit.Forge.GraphQL;

internal sealed record BooleanValueNode(bool Value, SourceLocation Location) : ValueNode(Location);
