namespace Bowsprit.Forge.GraphQL;

/// <summary>Limits that keep a hostile or mistaken query from tying up the server.</summary>
public sealed class GraphQLExecutorOptions
{
    /// <summary>Longest accepted query text, in characters.</summary>
    public int MaxQueryLength { get; init; } = 100_000;

    /// <summary>Deepest nesting of fields; top-level fields are at depth 1.</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Most fields a query may select once fragments are expanded, checked before execution.</summary>
    public int MaxSelectedFields { get; init; } = 10_000;

    /// <summary>Most values (fields and list items) a response may hold, checked during execution.</summary>
    public int MaxResultNodes { get; init; } = 50_000;
}
