namespace Bowsprit.Forge.GraphQL;

/// <summary>A declared argument of a schema field: <c>first: Int = 10</c>.</summary>
internal sealed record ArgumentDefinition(string Name, TypeRef Type, ValueNode? DefaultValue)
{
    public bool IsRequired => Type.IsNonNull && DefaultValue is null;
}
