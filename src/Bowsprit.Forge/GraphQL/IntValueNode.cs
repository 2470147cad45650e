namespace Bowsprit.Forge.GraphQL;

/// <summary>An integer literal, kept as text so out-of-range values can be reported rather than overflow.</summary>
internal sealed record IntValueNode(string Text, SourceLocation Location) : ValueNode(Location);
