namespace Bowsprit.Forge.GraphQL;

/// <summary>The query text is not a well-formed GraphQL document; Line and Column are 1-based.</summary>
public sealed class GraphQLSyntaxException(string message, int line, int column) : Exception(message)
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
