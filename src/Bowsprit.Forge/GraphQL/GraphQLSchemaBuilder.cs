using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Code-first schema declaration. Declaration mistakes in a single field (bad type syntax) throw
/// <see cref="ArgumentException"/> at once; cross-type mistakes (unknown types, unimplemented
/// interface fields) are collected and thrown together by <see cref="Build"/>.
/// </summary>
public sealed class GraphQLSchemaBuilder
{
    private readonly List<SchemaType> _types = [.. BuiltInScalars.Create()];
    private string _queryTypeName = "Query";

    public GraphQLSchemaBuilder Object<T>(string name, Action<GraphQLObjectTypeBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var type = new GraphQLObjectTypeBuilder<T>(CheckName(name));
        configure(type);
        _types.Add(type.Build());
        return this;
    }

    public GraphQLSchemaBuilder Interface(string name, Action<GraphQLInterfaceTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var type = new GraphQLInterfaceTypeBuilder(CheckName(name));
        configure(type);
        _types.Add(type.Build());
        return this;
    }

    public GraphQLSchemaBuilder Union(string name, params string[] members)
    {
        _types.Add(new UnionType(CheckName(name), [.. members]));
        return this;
    }

    public GraphQLSchemaBuilder Enum(string name, params string[] values)
    {
        var invalid = values.FirstOrDefault(v => !SchemaNames.IsValid(v) || v is "true" or "false" or "null");
        if (invalid is not null)
        {
            throw new ArgumentException($"'{invalid}' is not a valid value for enum '{name}'.", nameof(values));
        }

        _types.Add(new EnumType(CheckName(name), [.. values]));
        return this;
    }

    /// <summary>An enum whose values are the C# member names in GraphQL spelling (<c>ChangesRequested</c> is <c>CHANGES_REQUESTED</c>).</summary>
    public GraphQLSchemaBuilder Enum<TEnum>(string name)
        where TEnum : struct, Enum =>
        Enum(name, [.. System.Enum.GetNames<TEnum>().Select(EnumType.ToGraphQLName)]);

    /// <summary>
    /// A custom scalar. Without <paramref name="serialize"/> values go out as strings (times as
    /// <c>2024-01-02T03:04:05Z</c>); arguments of this type reach resolvers as sent.
    /// </summary>
    public GraphQLSchemaBuilder Scalar(string name, Func<object, JsonNode?>? serialize = null)
    {
        _types.Add(new ScalarType(CheckName(name), serialize ?? BuiltInScalars.SerializeCustom));
        return this;
    }

    /// <summary>Names the root query type; "Query" unless changed.</summary>
    public GraphQLSchemaBuilder QueryType(string name)
    {
        _queryTypeName = name;
        return this;
    }

    public GraphQLSchema Build()
    {
        var problems = new List<string>();
        var byName = new Dictionary<string, SchemaType>(StringComparer.Ordinal);
        foreach (var type in _types)
        {
            if (!byName.TryAdd(type.Name, type))
            {
                problems.Add($"Type '{type.Name}' is declared twice.");
            }
        }

        if (byName.GetValueOrDefault(_queryTypeName) is not ObjectType)
        {
            problems.Add($"Query type '{_queryTypeName}' is not a declared object type.");
        }

        foreach (var type in _types)
        {
            SchemaChecks.CheckType(type, byName, problems);
        }

        if (problems.Count == 0)
        {
            SchemaChecks.CheckClrBindings(byName, problems);
        }

        if (problems.Count == 0)
        {
            var schema = new GraphQLSchema(byName.Values, _queryTypeName);
            SchemaChecks.CheckDefaults(schema, _types.OfType<FieldsType>(), problems);
            if (problems.Count == 0)
            {
                return schema;
            }
        }

        throw new InvalidOperationException("Invalid GraphQL schema:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private static string CheckName(string name) =>
        SchemaNames.IsValid(name) ? name : throw new ArgumentException($"'{name}' is not a valid GraphQL type name.", nameof(name));
}
