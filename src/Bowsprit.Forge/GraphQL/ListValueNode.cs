namespace Bowsprit.Forge.GraphQL;

internal sealed record ListValueNode(IReadOnlyList<ValueNode> Items, SourceLocation Location) : ValueNode(Location);
