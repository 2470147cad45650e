using System.Collections.Concurrent;

namespace Bowsprit.Forge.GraphQL;

/// <summary>An immutable, validated schema; build one with <see cref="GraphQLSchemaBuilder"/>.</summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, SchemaType> _types;
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes;
    private readonly ConcurrentDictionary<(string Abstract, Type Clr), ObjectType?> _resolvedClrTypes = new();

    internal GraphQLSchema(IEnumerable<SchemaType> types, string queryTypeName)
    {
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        QueryType = (ObjectType)_types[queryTypeName];
        var objects = _types.Values.OfType<ObjectType>().ToList();
        _possibleTypes = new Dictionary<string, IReadOnlyList<ObjectType>>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            _possibleTypes[type.Name] = type switch
            {
                ObjectType o => [o],
                UnionType u => u.Members.Select(m => (ObjectType)_types[m]).ToList(),
                InterfaceType i => objects.Where(o => o.Interfaces.Contains(i.Name)).ToList(),
                _ => [],
            };
        }
    }

    /// <summary>The name of the root query type.</summary>
    public string QueryTypeName => QueryType.Name;

    /// <summary>Every named type, built-in scalars included.</summary>
    public IReadOnlyCollection<string> TypeNames => _types.Keys;

    internal ObjectType QueryType { get; }

    internal SchemaType? FindType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The object types a value of this type can have at run time.</summary>
    internal IReadOnlyList<ObjectType> PossibleTypes(SchemaType type) => _possibleTypes.GetValueOrDefault(type.Name) ?? [];

    internal bool IsPossibleType(SchemaType type, ObjectType objectType) =>
        type == objectType || PossibleTypes(type).Contains(objectType);

    /// <summary>Whether some object type can be both <paramref name="a"/> and <paramref name="b"/>: when a fragment can apply.</summary>
    internal bool Overlaps(SchemaType a, SchemaType b) =>
        a == b || PossibleTypes(a).Any(o => IsPossibleType(b, o));

    /// <summary>
    /// The object type of a resolver value returned for an abstract type: the possible type bound to
    /// the value's CLR type, else to its nearest base class, else to an interface it implements.
    /// One CLR type may back several object types; within one abstract type the builder keeps them apart.
    /// </summary>
    internal ObjectType? ResolveClrType(SchemaType abstractType, Type clrType) =>
        _resolvedClrTypes.GetOrAdd((abstractType.Name, clrType), key => Lookup(PossibleTypes(abstractType), key.Clr));

    private static ObjectType? Lookup(IReadOnlyList<ObjectType> candidates, Type clrType)
    {
        for (var t = clrType; t is not null; t = t.BaseType)
        {
            if (candidates.FirstOrDefault(o => o.ClrType == t) is { } found)
            {
                return found;
            }
        }

        return candidates.FirstOrDefault(o => o.ClrType.IsInterface && o.ClrType.IsAssignableFrom(clrType));
    }
}
