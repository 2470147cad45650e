namespace Bowsprit.Forge.GraphQL;

/// <summary>A string or block string literal, already unescaped (and dedented for block strings).</summary>
internal sealed record StringValueNode(string Value, SourceLocation Location) : ValueNode(Location);
