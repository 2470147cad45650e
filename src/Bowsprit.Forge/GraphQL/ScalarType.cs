using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// A scalar. <see cref="Serialize"/> turns a non-null resolver value into JSON and throws
/// <see cref="GraphQLFieldException"/> when it cannot represent the value.
/// </summary>
internal sealed class ScalarType(string name, Func<object, JsonNode?> serialize) : SchemaType(name)
{
    public Func<object, JsonNode?> Serialize { get; } = serialize;

    public bool IsBuiltIn => BuiltInScalars.IsBuiltIn(Name);

    public override TypeKind Kind => TypeKind.Scalar;
}
