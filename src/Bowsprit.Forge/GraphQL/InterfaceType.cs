namespace Bowsprit.Forge.GraphQL;

internal sealed class InterfaceType(string name, IReadOnlyList<FieldDefinition> fields) : FieldsType(name, fields)
{
    public override TypeKind Kind => TypeKind.Interface;
}
