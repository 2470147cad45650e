namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// A type reference in GraphQL syntax (<c>String</c>, <c>[Label!]!</c>): used for variable
/// definitions in documents and for the declared field and argument types of the schema.
/// </summary>
internal sealed record TypeRef(TypeRefKind Kind, string? Name, TypeRef? OfType)
{
    public static TypeRef Named(string name) => new(TypeRefKind.Named, name, null);

    public static TypeRef ListOf(TypeRef item) => new(TypeRefKind.List, null, item);

    public static TypeRef NonNullOf(TypeRef inner) =>
        inner.IsNonNull ? inner : new(TypeRefKind.NonNull, null, inner);

    public bool IsNonNull => Kind == TypeRefKind.NonNull;

    /// <summary>A list, possibly wrapped in non-null.</summary>
    public bool IsList => Nullable.Kind == TypeRefKind.List;

    /// <summary>This type without its outer non-null wrapper.</summary>
    public TypeRef Nullable => IsNonNull ? OfType! : this;

    /// <summary>The item type of a (possibly non-null) list.</summary>
    public TypeRef ItemType => Nullable.OfType!;

    /// <summary>The innermost named type, e.g. <c>Label</c> for <c>[Label!]!</c>.</summary>
    public string NamedType => Kind == TypeRefKind.Named ? Name! : OfType!.NamedType;

    public override string ToString() => Kind switch
    {
        TypeRefKind.Named => Name!,
        TypeRefKind.List => $"[{OfType}]",
        _ => $"{OfType}!",
    };
}
