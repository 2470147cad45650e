namespace Bowsprit.Forge.GraphQL;

internal sealed record EnumValueNode(string Value, SourceLocation Location) : ValueNode(Location);
