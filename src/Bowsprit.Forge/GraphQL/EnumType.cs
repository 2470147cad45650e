using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// An enum. Resolvers may return the value name as a string or a C# enum; strings and C# member
/// names that match a value ignoring case and underscores are accepted too, so that
/// <c>ChangesRequested</c> and <c>"changes_requested"</c> both go out as <c>CHANGES_REQUESTED</c>.
/// </summary>
internal sealed class EnumType : SchemaType
{
    private readonly HashSet<string> _values;
    private readonly Dictionary<string, string> _byNormalizedName;

    public EnumType(string name, IReadOnlyList<string> values)
        : base(name)
    {
        Values = values;
        _values = new HashSet<string>(values, StringComparer.Ordinal);
        _byNormalizedName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            _byNormalizedName.TryAdd(Normalize(value), value);
        }
    }

    public IReadOnlyList<string> Values { get; }

    public override TypeKind Kind => TypeKind.Enum;

    public bool HasValue(string name) => _values.Contains(name);

    public JsonNode Serialize(object value)
    {
        var name = value switch
        {
            string s when _values.Contains(s) => s,
            string s => _byNormalizedName.GetValueOrDefault(Normalize(s)),
            Enum e => _byNormalizedName.GetValueOrDefault(Normalize(e.ToString())),
            _ => null,
        };
        return name is not null
            ? JsonValue.Create(name)
            : throw new GraphQLFieldException($"Enum '{Name}' cannot represent value: {JsonSerializer.Serialize(value.ToString())}");
    }

    /// <summary>The key under which C# and GraphQL spellings of one enum value meet.</summary>
    public static string Normalize(string name) => name.Replace("_", "", StringComparison.Ordinal).ToUpperInvariant();

    /// <summary>GraphQL's conventional spelling of a C# member name: <c>ChangesRequested</c> becomes <c>CHANGES_REQUESTED</c>.</summary>
    public static string ToGraphQLName(string clrName)
    {
        var text = new StringBuilder();
        for (var i = 0; i < clrName.Length; i++)
        {
            var c = clrName[i];
            if (i > 0 && char.IsUpper(c) && clrName[i - 1] != '_' && (char.IsLower(clrName[i - 1]) || (i + 1 < clrName.Length && char.IsLower(clrName[i + 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        return text.ToString();
    }
}
