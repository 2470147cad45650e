namespace Bowsprit.Forge.GraphQL;

/// <summary>A named type of the schema.</summary>
internal abstract class SchemaType(string name)
{
    public string Name { get; } = name;

    public abstract TypeKind Kind { get; }

    /// <summary>Scalars and enums: values that end a selection.</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>Interfaces and unions: the concrete object type is chosen per value.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    public override string ToString() => Name;
}
