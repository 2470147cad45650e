namespace Bowsprit.Forge.GraphQL;

internal sealed record ObjectValueNode(IReadOnlyList<ArgumentNode> Fields, SourceLocation Location) : ValueNode(Location);
