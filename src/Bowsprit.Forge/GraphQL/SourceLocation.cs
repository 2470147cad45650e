namespace Bowsprit.Forge.GraphQL;

/// <summary>A 1-based line and column in the query text, as GraphQL error "locations" report them.</summary>
internal readonly record struct SourceLocation(int Line, int Column);
