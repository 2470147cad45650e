namespace Bowsprit.Forge.GraphQL;

/// <summary>An object or interface type: a type with fields.</summary>
internal abstract class FieldsType(string name, IReadOnlyList<FieldDefinition> fields) : SchemaType(name)
{
    private readonly Dictionary<string, FieldDefinition> _byName = fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Fields in declaration order.</summary>
    public IReadOnlyList<FieldDefinition> Fields { get; } = fields;

    public FieldDefinition? FindField(string name) => _byName.GetValueOrDefault(name);
}
