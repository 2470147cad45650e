using System.Collections;
using System.Reflection;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Uniform access to dictionaries, which play Go's maps: the non-generic <see cref="IDictionary"/>
/// that Dictionary and friends implement, or a generic (read-only) dictionary through reflection.
/// </summary>
internal sealed class MapAdapter
{
    private readonly MethodInfo? _containsKey;
    private readonly MethodInfo? _getItem;
    private readonly PropertyInfo? _pairKey;
    private readonly PropertyInfo? _pairValue;
    private readonly object? _zero;

    private MapAdapter(Type keyType, Type valueType, Type? genericInterface)
    {
        KeyType = keyType;
        ValueType = valueType;
        if (genericInterface is not null)
        {
            _containsKey = genericInterface.GetMethod("ContainsKey");
            _getItem = genericInterface.GetProperty("Item")!.GetMethod;
            var pair = typeof(KeyValuePair<,>).MakeGenericType(keyType, valueType);
            _pairKey = pair.GetProperty("Key");
            _pairValue = pair.GetProperty("Value");
        }

        // Go's index yields the element type's zero value for a missing key; for interface-typed
        // maps that is a nil interface, which prints as <no value>.
        _zero = valueType == typeof(string) ? string.Empty
            : valueType == typeof(object) ? NoValue.Instance
            : valueType.IsValueType ? Activator.CreateInstance(valueType)
            : null;
    }

    public Type KeyType { get; }

    public Type ValueType { get; }

    /// <summary>Whether <c>.key</c> can look up a key (Go requires a string-compatible key type).</summary>
    public bool AcceptsStringKeys => KeyType == typeof(string) || KeyType == typeof(object);

    public object? ZeroValue => _zero;

    public static MapAdapter? TryCreate(Type type)
    {
        var generic = FindGeneric(type, typeof(IDictionary<,>)) ?? FindGeneric(type, typeof(IReadOnlyDictionary<,>));
        var args = generic?.GetGenericArguments();
        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return new MapAdapter(args?[0] ?? typeof(object), args?[1] ?? typeof(object), null);
        }

        return generic is null ? null : new MapAdapter(args![0], args[1], generic);
    }

    public bool TryGet(object map, object key, out object? value)
    {
        if (map is IDictionary dictionary)
        {
            var found = dictionary.Contains(key);
            value = found ? dictionary[key] : null;
            return found;
        }

        if ((bool)_containsKey!.Invoke(map, [key])!)
        {
            value = _getItem!.Invoke(map, [key]);
            return true;
        }

        value = null;
        return false;
    }

    public static int Count(object map)
    {
        if (map is ICollection collection)
        {
            return collection.Count;
        }

        var count = 0;
        foreach (var unused in (IEnumerable)map)
        {
            count++;
        }

        return count;
    }

    /// <summary>Entries in Go's order for printing and ranging: sorted by key.</summary>
    public List<KeyValuePair<object, object?>> SortedEntries(object map)
    {
        var entries = new List<KeyValuePair<object, object?>>();
        if (map is IDictionary dictionary)
        {
            var e = dictionary.GetEnumerator();
            while (e.MoveNext())
            {
                entries.Add(new(e.Key, e.Value));
            }
        }
        else
        {
            foreach (var pair in (IEnumerable)map)
            {
                entries.Add(new(_pairKey!.GetValue(pair)!, _pairValue!.GetValue(pair)));
            }
        }

        entries.Sort(static (a, b) => CompareKeys(a.Key, b.Key));
        return entries;
    }

    private static int CompareKeys(object a, object b)
    {
        if (a is string sa && b is string sb)
        {
            return string.CompareOrdinal(sa, sb);
        }

        if (a is IComparable ca && a.GetType() == b.GetType())
        {
            return ca.CompareTo(b);
        }

        return string.CompareOrdinal(a.ToString(), b.ToString());
    }

    private static Type? FindGeneric(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition)
        {
            return type;
        }

        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
