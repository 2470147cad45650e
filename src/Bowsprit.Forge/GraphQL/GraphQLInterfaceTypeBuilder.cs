namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Declares the fields of an interface. Implementing object types declare the same fields with
/// resolvers; values are mapped to their object type by CLR type.
/// </summary>
public sealed class GraphQLInterfaceTypeBuilder
{
    private readonly string _typeName;
    private readonly List<FieldDefinition> _fields = [];

    internal GraphQLInterfaceTypeBuilder(string typeName) => _typeName = typeName;

    public GraphQLInterfaceTypeBuilder Field(string name, string returns, string? arguments = null)
    {
        if (_fields.Any(f => f.Name == name))
        {
            throw new ArgumentException($"Field '{_typeName}.{name}' is declared twice.", nameof(name));
        }

        _fields.Add(FieldDefinition.Create(_typeName, name, returns, arguments, resolver: null));
        return this;
    }

    internal InterfaceType Build() => new(_typeName, _fields);
}
