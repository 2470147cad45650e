using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// The outcome of completing a value. <see cref="Failed"/> means a field error has been recorded and
/// the enclosing position must become null, propagating further while positions are non-null.
/// </summary>
internal readonly record struct Completed(JsonNode? Node, bool Failed)
{
    public static Completed Null => default;

    public static Completed Failure => new(null, true);
}
