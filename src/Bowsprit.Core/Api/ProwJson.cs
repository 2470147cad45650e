using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bowsprit.Core.Api;

/// <summary>
/// JSON for ProwJobs and Prow config types, byte-compatible with what Prow's Go structs produce: keys matched
/// case-insensitively on read (as encoding/json does), Go's <c>omitempty</c> applied on write.
/// </summary>
public static class ProwJson
{
    /// <summary>Shared, immutable once first used (System.Text.Json locks options on first use).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = CreateOptions(indented: true);

    public static string Serialize<T>(T value, bool indented = false) =>
        JsonSerializer.Serialize(value, indented ? IndentedOptions : Options);

    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"null {typeof(T).Name} document");

    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<T>(utf8Json, Options) ?? throw new JsonException($"null {typeof(T).Name} document");

    /// <summary>A deep copy through the wire format, so copies never share mutable state.</summary>
    public static T Clone<T>(T value) => Deserialize<T>(SerializeToUtf8Bytes(value));

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            WriteIndented = indented,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ApplyGoOmitEmpty } },
        };
        options.Converters.Add(new Rfc3339TimeConverter());
        options.Converters.Add(new Rfc3339DateTimeConverter());
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Bowsprit's own types carry Go semantics: empty strings, false, zero and empty collections are omitted
    /// unless marked <see cref="GoAlwaysEmitAttribute"/>; <see cref="GoPointerAttribute"/> and nullable value
    /// types (Go pointers) are omitted only when null. KubernetesClient's models keep their own rule (omit null).
    /// </summary>
    private static void ApplyGoOmitEmpty(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace?.StartsWith("Bowsprit.", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            var member = property.AttributeProvider as MemberInfo;
            if (member?.IsDefined(typeof(GoAlwaysEmitAttribute), inherit: true) == true)
            {
                continue;
            }

            var type = property.PropertyType;
            if (member?.IsDefined(typeof(GoPointerAttribute), inherit: true) == true || Nullable.GetUnderlyingType(type) is not null)
            {
                continue;
            }

            if (type == typeof(string))
            {
                property.ShouldSerialize = static (_, value) => !string.IsNullOrEmpty((string?)value);
            }
            else if (type == typeof(bool))
            {
                property.ShouldSerialize = static (_, value) => value is true;
            }
            else if (type.IsValueType)
            {
                var zero = Activator.CreateInstance(type);
                property.ShouldSerialize = (_, value) => !Equals(value, zero);
            }
            else if (typeof(ICollection).IsAssignableFrom(type))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
