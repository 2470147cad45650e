namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Thrown by a resolver to fail its field with a GitHub-style error, e.g.
/// <c>new GraphQLFieldException("Could not resolve to a Repository with the name 'x'.", "NOT_FOUND")</c>.
/// Any other exception fails the field too, with its message and no type.
/// </summary>
public sealed class GraphQLFieldException(string message, string? type = null) : Exception(message)
{
    /// <summary>GitHub's error "type" (NOT_FOUND, FORBIDDEN, ...), or null to leave it out.</summary>
    public string? Type { get; } = type;
}
