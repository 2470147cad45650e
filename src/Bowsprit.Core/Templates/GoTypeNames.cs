namespace Bowsprit.Core.Templates;

/// <summary>Go-flavoured type names for error messages and %!verb(type=value) output.</summary>
internal static class GoTypeNames
{
    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return type.Name;
        }

        switch (Type.GetTypeCode(type))
        {
            case TypeCode.Boolean: return "bool";
            case TypeCode.String: return "string";
            case TypeCode.Char: return "char";
            case TypeCode.SByte: return "int8";
            case TypeCode.Int16: return "int16";
            // Go's int is 64 bits; template number literals are longs and Go calls them int.
            case TypeCode.Int32 or TypeCode.Int64: return "int";
            case TypeCode.Byte: return "uint8";
            case TypeCode.UInt16: return "uint16";
            case TypeCode.UInt32: return "uint32";
            case TypeCode.UInt64: return "uint64";
            case TypeCode.Single: return "float32";
            case TypeCode.Double: return "float64";
            case TypeCode.Decimal: return "decimal";
            case TypeCode.DateTime: return "time.Time";
        }

        if (type == typeof(object))
        {
            return "interface {}";
        }

        if (type == typeof(TimeSpan))
        {
            return "time.Duration";
        }

        if (type.IsArray)
        {
            return "[]" + Of(type.GetElementType()!);
        }

        var map = MapAdapter.TryCreate(type);
        if (map is not null)
        {
            return $"map[{Of(map.KeyType)}]{Of(map.ValueType)}";
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        if (enumerable is not null)
        {
            return "[]" + Of(enumerable.GetGenericArguments()[0]);
        }

        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }
}
