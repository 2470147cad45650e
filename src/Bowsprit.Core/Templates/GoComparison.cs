using System.Collections;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Go's eq/lt: basic kinds (bool, integers, floats, strings) compare by value, signed and unsigned
/// integers compare with each other, other mixes are errors. C# enums compare as the strings they print as,
/// as Prow's string-typed enums do.
/// </summary>
internal static class GoComparison
{
    private enum Basic
    {
        None,
        Bool,
        Int,
        Uint,
        Float,
        String,
    }

    public static bool Eq(object? first, ReadOnlySpan<object?> others, TypeCache types)
    {
        if (others.IsEmpty)
        {
            throw new TemplateEvalException("missing argument for comparison");
        }

        var a = ToBasic(first, types);
        foreach (var other in others)
        {
            var b = ToBasic(other, types);
            bool equal;
            if (a.Kind != b.Kind)
            {
                equal = (a.Kind, b.Kind) switch
                {
                    (Basic.Int, Basic.Uint) => a.I >= 0 && (ulong)a.I == b.U,
                    (Basic.Uint, Basic.Int) => b.I >= 0 && a.U == (ulong)b.I,
                    _ when first is null || other is null => false,
                    _ => throw new TemplateEvalException("incompatible types for comparison"),
                };
            }
            else
            {
                equal = a.Kind switch
                {
                    Basic.Bool => a.B == b.B,
                    Basic.Int => a.I == b.I,
                    Basic.Uint => a.U == b.U,
                    Basic.Float => a.F == b.F,
                    Basic.String => string.Equals(a.S, b.S, StringComparison.Ordinal),
                    _ => EqualObjects(first, other),
                };
            }

            if (equal)
            {
                return true;
            }
        }

        return false;
    }

    public static bool Lt(object? first, object? second, TypeCache types)
    {
        var a = ToBasic(first, types);
        var b = ToBasic(second, types);
        if (a.Kind is Basic.None or Basic.Bool || b.Kind is Basic.None or Basic.Bool)
        {
            throw new TemplateEvalException("invalid type for comparison");
        }

        return (a.Kind, b.Kind) switch
        {
            (Basic.Int, Basic.Int) => a.I < b.I,
            (Basic.Uint, Basic.Uint) => a.U < b.U,
            (Basic.Int, Basic.Uint) => a.I < 0 || (ulong)a.I < b.U,
            (Basic.Uint, Basic.Int) => b.I >= 0 && a.U < (ulong)b.I,
            (Basic.Float, Basic.Float) => a.F < b.F,
            (Basic.String, Basic.String) => string.CompareOrdinal(a.S, b.S) < 0,
            _ => throw new TemplateEvalException("incompatible types for comparison"),
        };
    }

    public static bool Le(object? first, object? second, TypeCache types) =>
        Lt(first, second, types) || Eq(first, [second], types);

    private static bool EqualObjects(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        if (a is IEnumerable || b is IEnumerable)
        {
            throw new TemplateEvalException($"non-comparable types {GoTypeNames.Of(a.GetType())} and {GoTypeNames.Of(b.GetType())}");
        }

        return a.Equals(b);
    }

    private static (Basic Kind, bool B, long I, ulong U, double F, string? S) ToBasic(object? value, TypeCache types) =>
        types.KindOf(value) switch
        {
            ValueKind.Bool => (Basic.Bool, (bool)value!, 0, 0, 0, null),
            ValueKind.Int => (Basic.Int, false, Convert.ToInt64(value, null), 0, 0, null),
            ValueKind.Uint => (Basic.Uint, false, 0, Convert.ToUInt64(value, null), 0, null),
            ValueKind.Float or ValueKind.Decimal => (Basic.Float, false, 0, 0, Convert.ToDouble(value, null), null),
            ValueKind.String => (Basic.String, false, 0, 0, 0, (string)value!),
            ValueKind.Char => (Basic.String, false, 0, 0, 0, value!.ToString()),
            ValueKind.Enum => (Basic.String, false, 0, 0, 0, types.EnumName((Enum)value!)),
            _ => (Basic.None, false, 0, 0, 0, null),
        };
}
