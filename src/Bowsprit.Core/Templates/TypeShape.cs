using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Bowsprit.Core.Templates;

/// <summary>What the evaluator needs to know about one runtime type, computed once.</summary>
internal sealed class TypeShape
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;

    private readonly TypeCache _cache;
    private readonly ConcurrentDictionary<string, MemberAccessor?> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<object, string>? _enumNames;
    private MemberAccessor[]? _printable;

    public TypeShape(Type type, TypeCache cache)
    {
        Type = type;
        _cache = cache;
        Map = MapAdapter.TryCreate(type);
        Kind = type.IsEnum ? ValueKind.Enum
            : PrimitiveKind(type) ?? (Map is not null ? ValueKind.Map
            : typeof(IEnumerable).IsAssignableFrom(type) ? ValueKind.List
            : ValueKind.Struct);
        if (type.IsEnum)
        {
            _enumNames = [];
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var name = field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name;
                _enumNames.TryAdd(field.GetValue(null)!, name);
            }
        }

        IsStringer = Kind is ValueKind.Time or ValueKind.TimeOffset or ValueKind.Duration
            || (Kind == ValueKind.Struct && OverridesToString(type));
    }

    public Type Type { get; }

    public ValueKind Kind { get; }

    public MapAdapter? Map { get; }

    /// <summary>Whether values print through ToString, as Go prints types with a String method.</summary>
    public bool IsStringer { get; }

    /// <summary>Whether <c>.Name</c> on a value reads a C# member (maps look up keys instead; slices and scalars have no fields).</summary>
    public bool HasMembers => Kind is ValueKind.Struct or ValueKind.Time or ValueKind.TimeOffset or ValueKind.Duration;

    /// <summary>Public instance properties and fields in declaration order, for printing a struct as <c>{a b}</c>.</summary>
    public MemberAccessor[] PrintableMembers => _printable ??= BuildPrintable();

    public static ValueKind? PrimitiveKind(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.String => ValueKind.String,
        TypeCode.Boolean => ValueKind.Bool,
        TypeCode.Char => ValueKind.Char,
        TypeCode.SByte or TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 when !type.IsEnum => ValueKind.Int,
        TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 when !type.IsEnum => ValueKind.Uint,
        TypeCode.Single or TypeCode.Double => ValueKind.Float,
        TypeCode.Decimal => ValueKind.Decimal,
        TypeCode.DateTime => ValueKind.Time,
        _ when type == typeof(DateTimeOffset) => ValueKind.TimeOffset,
        _ when type == typeof(TimeSpan) => ValueKind.Duration,
        _ => null,
    };

    public string EnumName(object value) =>
        _enumNames is not null && _enumNames.TryGetValue(value, out var name) ? name : value.ToString() ?? string.Empty;

    public MemberAccessor? FindMember(string name) =>
        _members.GetOrAdd(name, static (n, shape) => shape.Resolve(n), this);

    // Go's lookup: the receiver's own fields, then embedded fields by their name, then promoted fields.
    // C# names are matched case-insensitively so Go's .Status.URL finds Url and .BuildID finds BuildId.
    private MemberAccessor? Resolve(string name)
    {
        var direct = FindDirect(name, StringComparison.Ordinal) ?? FindDirect(name, StringComparison.OrdinalIgnoreCase)
            ?? FindByJsonName(name);
        if (direct is not null)
        {
            return direct;
        }

        var embedded = Type.GetProperties(Public)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<GoEmbeddedAttribute>()))
            .Where(e => e.Attribute is not null && e.Property.PropertyType != Type)
            .ToList();
        foreach (var (property, attribute) in embedded)
        {
            if (string.Equals(attribute!.Alias, name, StringComparison.OrdinalIgnoreCase))
            {
                return MemberAccessor.For(property);
            }
        }

        foreach (var (property, _) in embedded)
        {
            var shape = _cache.Get(property.PropertyType);
            if (shape.HasMembers && shape.FindMember(name) is { } promoted)
            {
                return promoted.Through(MemberAccessor.For(property));
            }
        }

        return FindMethod(name);
    }

    private MemberAccessor? FindDirect(string name, StringComparison comparison)
    {
        foreach (var property in Type.GetProperties(Public))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && string.Equals(property.Name, name, comparison))
            {
                return MemberAccessor.For(property);
            }
        }

        foreach (var field in Type.GetFields(Public))
        {
            if (string.Equals(field.Name, name, comparison))
            {
                return MemberAccessor.For(field);
            }
        }

        return null;
    }

    // Go field names and JSON names agree up to case and underscores (Namespace/"namespace",
    // BuildID/"build_id"), so a C# property renamed away from the Go name (KubernetesClient's
    // NamespaceProperty) is still found through its [JsonPropertyName].
    private MemberAccessor? FindByJsonName(string name)
    {
        foreach (var property in Type.GetProperties(Public))
        {
            var json = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name;
            if (json is not null && property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0
                && string.Equals(json.Replace("_", string.Empty, StringComparison.Ordinal), name, StringComparison.OrdinalIgnoreCase))
            {
                return MemberAccessor.For(property);
            }
        }

        return null;
    }

    // Go templates call niladic methods like fields; .String maps to an overridden ToString.
    private MemberAccessor? FindMethod(string name)
    {
        if (IsStringer && name == "String")
        {
            return MemberAccessor.For(Type.GetMethod(nameof(ToString), Public, Type.EmptyTypes)!);
        }

        foreach (var method in Type.GetMethods(Public))
        {
            if (!method.IsSpecialName && !method.ContainsGenericParameters && method.ReturnType != typeof(void)
                && method.DeclaringType != typeof(object) && method.DeclaringType != typeof(ValueType)
                && method.GetParameters().Length == 0 && string.Equals(method.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return MemberAccessor.For(method);
            }
        }

        return null;
    }

    private MemberAccessor[] BuildPrintable()
    {
        var properties = Type.GetProperties(Public)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .Select(p => (p.MetadataToken, Accessor: MemberAccessor.For(p)));
        var fields = Type.GetFields(Public).Select(f => (f.MetadataToken, Accessor: MemberAccessor.For(f)));
        return [.. properties.Concat(fields).OrderBy(m => m.MetadataToken).Select(m => m.Accessor)];
    }

    // Records synthesize ToString from their members; Go would print the fields, so records don't count.
    private static bool OverridesToString(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), Public, Type.EmptyTypes);
        return toString is not null && toString.DeclaringType != typeof(object) && toString.DeclaringType != typeof(ValueType)
            && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance, [typeof(StringBuilder)]) is null;
    }
}
