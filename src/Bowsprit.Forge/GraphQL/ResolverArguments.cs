using System.Collections;
using System.Globalization;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// The coerced arguments of one field: given inline or through variables, with declared defaults
/// applied. Enum values arrive as their names, lists as <see cref="IReadOnlyList{T}"/> of object.
/// An argument that was neither given nor defaulted is absent: <see cref="Has"/> is false.
/// </summary>
public sealed class ResolverArguments
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    internal ResolverArguments(IReadOnlyDictionary<string, object?> values) => _values = values;

    internal static ResolverArguments Empty { get; } = new(new Dictionary<string, object?>());

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public object? Get(string name) => _values.GetValueOrDefault(name);

    public string? GetString(string name) => Get<string>(name);

    public int? GetInt(string name) => Get<int?>(name);

    public double? GetFloat(string name) => Get<double?>(name);

    public bool? GetBool(string name) => Get<bool?>(name);

    /// <summary>
    /// The argument converted to <typeparamref name="T"/>: C# enums from GraphQL enum names
    /// (<c>CHANGES_REQUESTED</c> to <c>ChangesRequested</c>), numbers between numeric types, lists
    /// to arrays or lists of the item type. Absent or null gives <c>default</c>.
    /// </summary>
    public T? Get<T>(string name)
    {
        var value = Get(name);
        if (value is null)
        {
            return default;
        }

        try
        {
            return (T?)ConvertTo(value, typeof(T));
        }
        catch (Exception e) when (e is InvalidCastException or FormatException or OverflowException or ArgumentException)
        {
            throw new InvalidCastException($"Argument '{name}' ({value.GetType().Name}) cannot be read as {typeof(T).Name}.", e);
        }
    }

    private static object? ConvertTo(object? value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }

        if (type.IsEnum && value is string name)
        {
            var key = EnumType.Normalize(name);
            var member = Enum.GetNames(type).FirstOrDefault(n => EnumType.Normalize(n) == key)
                ?? throw new InvalidCastException($"'{name}' is not a member of {type.Name}.");
            return Enum.Parse(type, member);
        }

        if (value is IReadOnlyList<object?> list && ItemType(type) is { } itemType)
        {
            if (type.IsArray)
            {
                var array = Array.CreateInstance(itemType, list.Count);
                for (var i = 0; i < list.Count; i++)
                {
                    array.SetValue(ConvertTo(list[i], itemType), i);
                }

                return array;
            }

            var converted = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in list)
            {
                converted.Add(ConvertTo(item, itemType));
            }

            return converted;
        }

        return Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    /// <summary>The item type of an array or of a list type a <see cref="List{T}"/> can stand in for.</summary>
    private static Type? ItemType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
        {
            return null;
        }

        var item = type.GetGenericArguments()[0];
        return type.IsAssignableFrom(typeof(List<>).MakeGenericType(item)) ? item : null;
    }
}
