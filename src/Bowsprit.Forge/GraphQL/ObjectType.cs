namespace Bowsprit.Forge.GraphQL;

/// <summary>An object type, bound to the CLR type its resolvers receive as parent.</summary>
internal sealed class ObjectType(string name, Type clrType, IReadOnlyList<FieldDefinition> fields, IReadOnlyList<string> interfaces)
    : FieldsType(name, fields)
{
    public Type ClrType { get; } = clrType;

    public IReadOnlyList<string> Interfaces { get; } = interfaces;

    public override TypeKind Kind => TypeKind.Object;
}
