namespace Bowsprit.Forge.GraphQL;

internal sealed record NullValueNode(SourceLocation Location) : ValueNode(Location);
