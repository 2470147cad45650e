namespace Bowsprit.Forge.GraphQL;

internal sealed record FloatValueNode(string Text, SourceLocation Location) : ValueNode(Location);
