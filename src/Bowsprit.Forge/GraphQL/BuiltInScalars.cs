using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>Result coercion for the five built-in scalars and the default for custom ones.</summary>
internal static class BuiltInScalars
{
    public const string String = "String";
    public const string Int = "Int";
    public const string Float = "Float";
    public const string Boolean = "Boolean";
    public const string Id = "ID";

    public static bool IsBuiltIn(string name) => name is String or Int or Float or Boolean or Id;

    public static IEnumerable<ScalarType> Create() =>
    [
        new ScalarType(String, SerializeString),
        new ScalarType(Int, SerializeInt),
        new ScalarType(Float, SerializeFloat),
        new ScalarType(Boolean, SerializeBoolean),
        new ScalarType(Id, SerializeId),
    ];

    /// <summary>
    /// Custom scalars (DateTime, GitObjectID, URI, ...) are strings on the wire, as GitHub sends them;
    /// times go out in UTC as <c>2024-01-02T03:04:05Z</c>.
    /// </summary>
    public static JsonNode? SerializeCustom(object value) => JsonValue.Create(value switch
    {
        string s => s,
        DateTimeOffset t => FormatTime(t),
        DateTime t => FormatTime(t.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(t, TimeSpan.Zero) : new DateTimeOffset(t)),
        Uri u => u.IsAbsoluteUri ? u.AbsoluteUri : u.OriginalString,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    });

    private static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonValue? SerializeString(object value) => JsonValue.Create(value switch
    {
        string s => s,
        char c => c.ToString(),
        bool b => b ? "true" : "false",
        Enum e => e.ToString(),
        Uri u => u.IsAbsoluteUri ? u.AbsoluteUri : u.OriginalString,
        DateTimeOffset or DateTime => SerializeCustom(value)!.GetValue<string>(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw CannotRepresent("String", value),
    });

    private static JsonValue? SerializeInt(object value)
    {
        long? integral = value switch
        {
            int i => i,
            long l => l,
            short s => s,
            byte b => b,
            sbyte sb => sb,
            ushort us => us,
            uint ui => ui,
            ulong ul when ul <= int.MaxValue => (long)ul,
            double d when Math.Floor(d) == d && Math.Abs(d) <= int.MaxValue => (long)d,
            float f when MathF.Floor(f) == f && Math.Abs(f) <= int.MaxValue => (long)f,
            decimal m when decimal.Floor(m) == m && Math.Abs(m) <= int.MaxValue => (long)m,
            _ => null,
        };
        return integral is long n && n is >= int.MinValue and <= int.MaxValue
            ? JsonValue.Create((int)n)
            : throw new GraphQLFieldException($"Int cannot represent non 32-bit signed integer value: {Describe(value)}");
    }

    private static JsonValue? SerializeFloat(object value)
    {
        double? number = value switch
        {
            double d => d,
            float f => f,
            decimal m => (double)m,
            int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ => null,
        };
        return number is double x && double.IsFinite(x)
            ? JsonValue.Create(x)
            : throw new GraphQLFieldException($"Float cannot represent non numeric value: {Describe(value)}");
    }

    private static JsonValue? SerializeBoolean(object value) =>
        value is bool b ? JsonValue.Create(b) : throw CannotRepresent("Boolean", value);

    private static JsonValue? SerializeId(object value) => JsonValue.Create(value switch
    {
        string s => s,
        int or long or short or byte or sbyte or ushort or uint or ulong => Convert.ToString(value, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw CannotRepresent("ID", value),
    });

    private static GraphQLFieldException CannotRepresent(string scalar, object value) =>
        new($"{scalar} cannot represent value: {Describe(value)}");

    private static string Describe(object value) => value switch
    {
        string s => JsonSerializer.Serialize(s),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.GetType().Name,
    };
}
