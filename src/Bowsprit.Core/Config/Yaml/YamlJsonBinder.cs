using System.Buffers;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Bowsprit.Core.Config.Yaml;

/// <summary>
/// Turns a YAML tree into a typed object the way Prow's loader (sigs.k8s.io/yaml) does: YAML becomes JSON
/// guided by the target type, then JSON field names and converters decide. Walking the target's JSON contract
/// alongside the YAML lets us report unknown fields and type mismatches with their line, which Prow cannot.
/// </summary>
internal sealed class YamlJsonBinder(JsonSerializerOptions options)
{
    private readonly Dictionary<Type, Dictionary<string, JsonPropertyInfo>> _properties = [];
    private readonly Dictionary<Type, HashSet<string>?> _enumNames = [];
    private readonly Dictionary<Type, JsonSerializerOptions> _converterOptions = [];
    private readonly Lock _gate = new();

    /// <summary>Binds <paramref name="node"/> to <typeparamref name="T"/>; problems go to the scope's diagnostics.</summary>
    public T? Bind<T>(YNode node, BindScope scope, string path = "", IReadOnlySet<string>? skipKeys = null)
        where T : class
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            if (skipKeys is not null && node is YMap map)
            {
                WriteObject(writer, map, options.GetTypeInfo(typeof(T)), path, scope, skipKeys);
            }
            else
            {
                Write(writer, node, typeof(T), path, scope);
            }
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, options);
        }
        catch (JsonException e)
        {
            scope.Error(node, path, $"cannot decode: {e.Message}");
            return null;
        }
    }

    private void Write(Utf8JsonWriter writer, YNode node, Type type, string path, BindScope scope, JsonConverter? converter = null)
    {
        if (node is YScalar { IsNull: true })
        {
            writer.WriteNullValue();
            return;
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (converter is not null)
        {
            WriteConverted(writer, node, target, type, path, scope, converter);
            return;
        }

        var info = options.GetTypeInfo(target);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is YMap map:
                WriteObject(writer, map, info, path, scope, null);
                return;
            case JsonTypeInfoKind.Dictionary when node is YMap map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    writer.WritePropertyName(key.Value);
                    Write(writer, value, info.ElementType!, $"{path}.{key.Value}", scope);
                }

                writer.WriteEndObject();
                return;
            case JsonTypeInfoKind.Enumerable when node is YSeq seq:
                writer.WriteStartArray();
                for (var i = 0; i < seq.Items.Count; i++)
                {
                    Write(writer, seq.Items[i], info.ElementType!, $"{path}[{i}]", scope);
                }

                writer.WriteEndArray();
                return;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary:
                scope.Error(node, path, $"expected a mapping, got {Describe(node)}");
                writer.WriteNullValue();
                return;
            case JsonTypeInfoKind.Enumerable:
                scope.Error(node, path, $"expected a list, got {Describe(node)}");
                writer.WriteNullValue();
                return;
        }

        WriteLeaf(writer, node, target, type, path, scope);
    }

    private void WriteObject(Utf8JsonWriter writer, YMap map, JsonTypeInfo info, string path, BindScope scope, IReadOnlySet<string>? skipKeys)
    {
        var properties = PropertiesOf(info);
        writer.WriteStartObject();
        foreach (var (key, value) in map.Entries)
        {
            if (skipKeys?.Contains(key.Value) == true)
            {
                continue;
            }

            var childPath = path.Length == 0 ? key.Value : $"{path}.{key.Value}";
            if (!properties.TryGetValue(key.Value, out var property))
            {
                scope.Unknown(key, childPath);
                continue;
            }

            writer.WritePropertyName(property.Name);
            Write(writer, value, property.PropertyType, childPath, scope, property.CustomConverter);
        }

        writer.WriteEndObject();
    }

    private void WriteLeaf(Utf8JsonWriter writer, YNode node, Type target, Type declared, string path, BindScope scope)
    {
        if (target == typeof(JsonElement) || target == typeof(object))
        {
            WriteUntyped(writer, node);
            return;
        }

        if (!IsPrimitive(target))
        {
            WriteConverted(writer, node, target, declared, path, scope, null);
            return;
        }

        if (node is not YScalar scalar)
        {
            scope.Error(node, path, $"expected a {Name(target)}, got {Describe(node)}");
            WriteFallback(writer, target, declared);
            return;
        }

        if (target == typeof(string))
        {
            writer.WriteStringValue(scalar.IsPlain ? Stringify(scalar.Value) : scalar.Value);
        }
        else if (target == typeof(bool))
        {
            if (scalar.IsPlain && YamlScalars.TryBool(scalar.Value, out var b))
            {
                writer.WriteBooleanValue(b);
            }
            else
            {
                scope.Error(node, path, $"expected a boolean, got \"{scalar.Value}\"");
                writer.WriteBooleanValue(false);
            }
        }
        else if (IsInteger(target))
        {
            if (scalar.IsPlain && YamlScalars.TryInteger(scalar.Value, out var n))
            {
                writer.WriteNumberValue(n);
            }
            else
            {
                scope.Error(node, path, $"expected an integer, got \"{scalar.Value}\"");
                writer.WriteNumberValue(0);
            }
        }
        else if (target == typeof(double) || target == typeof(float) || target == typeof(decimal))
        {
            if (scalar.IsPlain && YamlScalars.TryFloat(scalar.Value, out var d) && double.IsFinite(d))
            {
                writer.WriteNumberValue(d);
            }
            else
            {
                scope.Error(node, path, $"expected a number, got \"{scalar.Value}\"");
                writer.WriteNumberValue(0);
            }
        }
        else if (target.IsEnum)
        {
            var allowed = EnumNamesOf(target);
            if (allowed is not null && !allowed.Contains(scalar.Value))
            {
                scope.Error(node, path, $"\"{scalar.Value}\" is not one of {string.Join(", ", allowed.Where(static a => a.Length > 0))}");
                WriteFallback(writer, target, declared);
                return;
            }

            writer.WriteStringValue(scalar.Value);
        }
    }

    /// <summary>Types with their own converters (durations, quantities, int-or-string) are checked one by one,
    /// so a single bad value costs one diagnostic, not the whole document.</summary>
    private void WriteConverted(Utf8JsonWriter writer, YNode node, Type target, Type declared, string path, BindScope scope, JsonConverter? converter)
    {
        var buffer = new ArrayBufferWriter<byte>(64);
        using (var fragment = new Utf8JsonWriter(buffer))
        {
            WriteUntyped(fragment, node);
        }

        try
        {
            JsonSerializer.Deserialize(buffer.WrittenSpan, declared, converter is null ? options : OptionsWith(converter));
            writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException)
        {
            var shown = node is YScalar scalar ? $" \"{scalar.Value}\"" : "";
            scope.Error(node, path, $"invalid {Name(target)}{shown}: {Unwrap(e).Message}");
            WriteFallback(writer, target, declared);
        }
    }

    private static void WriteFallback(Utf8JsonWriter writer, Type target, Type declared)
    {
        if (!declared.IsValueType || Nullable.GetUnderlyingType(declared) is not null)
        {
            writer.WriteNullValue();
        }
        else if (target == typeof(bool))
        {
            writer.WriteBooleanValue(false);
        }
        else
        {
            writer.WriteNumberValue(0);
        }
    }

    private static void WriteUntyped(Utf8JsonWriter writer, YNode node)
    {
        switch (node)
        {
            case YMap map:
                writer.WriteStartObject();
                foreach (var (key, value) in map.Entries)
                {
                    writer.WritePropertyName(key.Value);
                    WriteUntyped(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YSeq seq:
                writer.WriteStartArray();
                foreach (var item in seq.Items)
                {
                    WriteUntyped(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YScalar { IsNull: true }:
                writer.WriteNullValue();
                break;
            case YScalar { IsPlain: true } s when YamlScalars.TryBool(s.Value, out var b):
                writer.WriteBooleanValue(b);
                break;
            case YScalar { IsPlain: true } s when YamlScalars.TryInteger(s.Value, out var n):
                writer.WriteNumberValue(n);
                break;
            case YScalar { IsPlain: true } s when YamlScalars.TryFloat(s.Value, out var d) && double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case YScalar s:
                writer.WriteStringValue(s.Value);
                break;
        }
    }

    /// <summary>
    /// A plain scalar bound to a string field: sigs.k8s.io/yaml first resolves it (so <c>yes</c> is a bool and
    /// <c>010</c> an octal int) and then prints the resolved value back.
    /// </summary>
    private static string Stringify(string value)
    {
        if (YamlScalars.TryBool(value, out var b))
        {
            return b ? "true" : "false";
        }

        if (YamlScalars.TryInteger(value, out var n))
        {
            return n.ToString(CultureInfo.InvariantCulture);
        }

        if (YamlScalars.TryFloat(value, out var d))
        {
            return ((float)d).ToString(CultureInfo.InvariantCulture);
        }

        return value;
    }

    /// <summary>Property-level converters (e.g. Go durations) are not visible when checking a lone value, so the
    /// check runs with options that carry that converter.</summary>
    private JsonSerializerOptions OptionsWith(JsonConverter converter)
    {
        lock (_gate)
        {
            if (!_converterOptions.TryGetValue(converter.GetType(), out var withConverter))
            {
                withConverter = new JsonSerializerOptions(options);
                withConverter.Converters.Insert(0, converter);
                withConverter.MakeReadOnly(populateMissingResolver: true);
                _converterOptions[converter.GetType()] = withConverter;
            }

            return withConverter;
        }
    }

    private Dictionary<string, JsonPropertyInfo> PropertiesOf(JsonTypeInfo info)
    {
        lock (_gate)
        {
            if (!_properties.TryGetValue(info.Type, out var map))
            {
                // encoding/json matches keys case-insensitively; so does Prow's loader.
                map = new Dictionary<string, JsonPropertyInfo>(StringComparer.OrdinalIgnoreCase);
                foreach (var property in info.Properties)
                {
                    if (property.Set is not null || property.Get is not null)
                    {
                        map.TryAdd(property.Name, property);
                    }
                }

                _properties[info.Type] = map;
            }

            return map;
        }
    }

    private HashSet<string>? EnumNamesOf(Type type)
    {
        lock (_gate)
        {
            if (!_enumNames.TryGetValue(type, out var names))
            {
                names = [];
                foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                {
                    names.Add(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);
                }

                _enumNames[type] = names;
            }

            return names;
        }
    }

    private static bool IsPrimitive(Type type) =>
        type == typeof(string) || type == typeof(bool) || IsInteger(type) || type.IsEnum ||
        type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    private static bool IsInteger(Type type) =>
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(sbyte);

    private static string Describe(YNode node) => node switch
    {
        YMap => "a mapping",
        YSeq => "a list",
        YScalar s => $"\"{s.Value}\"",
        _ => "something else",
    };

    private static string Name(Type type) => type == typeof(TimeSpan) ? "duration" : type.Name;

    private static Exception Unwrap(Exception e) => e.InnerException is { } inner and (FormatException or ArgumentException) ? inner : e;
}
