using System.Collections;

namespace Bowsprit.Core.Templates;

/// <summary>Go's notion of truth for if/with/and/or/not: the zero value and empty collections are false.</summary>
internal static class GoTruth
{
    public static bool IsTrue(object? value, TypeCache types)
    {
        switch (value)
        {
            case null or NoValue:
                return false;
            case bool b:
                return b;
            case string s:
                return s.Length > 0;
        }

        return types.KindOf(value) switch
        {
            ValueKind.Int => Convert.ToInt64(value, null) != 0,
            ValueKind.Uint => Convert.ToUInt64(value, null) != 0,
            ValueKind.Float or ValueKind.Decimal => Convert.ToDouble(value, null) != 0,
            ValueKind.Char => (char)value != '\0',
            ValueKind.Enum => types.EnumName((Enum)value).Length > 0,
            ValueKind.Duration => (TimeSpan)value != TimeSpan.Zero,
            ValueKind.Map or ValueKind.List => HasElements((IEnumerable)value),
            _ => true,
        };
    }

    private static bool HasElements(IEnumerable collection)
    {
        if (collection is ICollection c)
        {
            return c.Count > 0;
        }

        var e = collection.GetEnumerator();
        try
        {
            return e.MoveNext();
        }
        finally
        {
            (e as IDisposable)?.Dispose();
        }
    }
}
