using System.Collections;
using System.Globalization;
using System.Text;

namespace Bowsprit.Core.Templates;

/// <summary>Go's predefined template functions (and/or are in the executor: they short-circuit).</summary>
internal static class TemplateFunctions
{
    private static readonly object True = true;
    private static readonly object False = false;

    public static object? Call(BuiltinFunction function, ReadOnlySpan<object?> args, TypeCache types) => function switch
    {
        BuiltinFunction.Not => Box(!GoTruth.IsTrue(args[0], types)),
        BuiltinFunction.Len => Length(args[0], types),
        BuiltinFunction.Index => Index(args[0], args[1..], types),
        BuiltinFunction.Slice => Slice(args[0], args[1..], types),
        BuiltinFunction.Eq => Box(GoComparison.Eq(args[0], args[1..], types)),
        BuiltinFunction.Ne => Box(!GoComparison.Eq(args[0], args[1..], types)),
        BuiltinFunction.Lt => Box(GoComparison.Lt(args[0], args[1], types)),
        BuiltinFunction.Le => Box(GoComparison.Le(args[0], args[1], types)),
        BuiltinFunction.Gt => Box(!GoComparison.Le(args[0], args[1], types)),
        BuiltinFunction.Ge => Box(!GoComparison.Lt(args[0], args[1], types)),
        BuiltinFunction.Print => GoPrinter.Sprint(args, types),
        BuiltinFunction.Println => GoPrinter.Sprintln(args, types),
        BuiltinFunction.Printf => GoPrinter.Sprintf(FormatArgument(args[0]), args[1..], types),
        BuiltinFunction.Html => GoEscapers.Html(GoPrinter.EvalArgs(args, types)),
        BuiltinFunction.Js => GoEscapers.Js(GoPrinter.EvalArgs(args, types)),
        BuiltinFunction.UrlQuery => GoEscapers.UrlQuery(GoPrinter.EvalArgs(args, types)),
        _ => throw new TemplateEvalException($"function {function} is evaluated by the executor"),
    };

    private static object Box(bool value) => value ? True : False;

    private static string FormatArgument(object? value) =>
        value as string ?? throw new TemplateEvalException(
            $"wrong type for value; expected string; got {(value is null ? "<nil>" : GoTypeNames.Of(value.GetType()))}");

    // A null collection is C#'s spelling of Go's nil slice or map, whose length is 0.
    private static int Length(object? item, TypeCache types) => types.KindOf(item) switch
    {
        ValueKind.Nil or ValueKind.NoValue => 0,
        ValueKind.String => Encoding.UTF8.GetByteCount((string)item!),
        ValueKind.List => AsList(item!).Count,
        ValueKind.Map => MapAdapter.Count(item!),
        _ => throw new TemplateEvalException($"len of type {GoTypeNames.Of(item!.GetType())}"),
    };

    private static object? Index(object? item, ReadOnlySpan<object?> indexes, TypeCache types)
    {
        if (item is null)
        {
            throw new TemplateEvalException("index of untyped nil");
        }

        foreach (var index in indexes)
        {
            switch (types.KindOf(item))
            {
                case ValueKind.Nil or ValueKind.NoValue:
                    throw new TemplateEvalException("index of nil pointer");
                case ValueKind.String:
                    var bytes = Encoding.UTF8.GetBytes((string)item!);
                    item = bytes[IndexArgument(index, bytes.Length, types, exclusive: true)];
                    break;
                case ValueKind.List:
                    var list = AsList(item!);
                    item = list[IndexArgument(index, list.Count, types, exclusive: true)];
                    break;
                case ValueKind.Map:
                    var map = types.Get(item!.GetType()).Map!;
                    item = map.TryGet(item, ConvertKey(index, map.KeyType, types), out var value) ? value : map.ZeroValue;
                    break;
                default:
                    throw new TemplateEvalException($"can't index item of type {GoTypeNames.Of(item!.GetType())}");
            }
        }

        return item;
    }

    private static object Slice(object? item, ReadOnlySpan<object?> indexes, TypeCache types)
    {
        if (item is null)
        {
            throw new TemplateEvalException("slice of untyped nil");
        }

        if (indexes.Length > 3)
        {
            throw new TemplateEvalException($"too many slice indexes: {indexes.Length}");
        }

        var kind = types.KindOf(item);
        if (kind is not (ValueKind.String or ValueKind.List))
        {
            throw new TemplateEvalException($"can't slice item of type {GoTypeNames.Of(item.GetType())}");
        }

        if (kind == ValueKind.String && indexes.Length == 3)
        {
            throw new TemplateEvalException("cannot 3-index slice a string");
        }

        var bytes = kind == ValueKind.String ? Encoding.UTF8.GetBytes((string)item) : null;
        var list = bytes is null ? AsList(item) : null;
        var length = bytes?.Length ?? list!.Count;
        Span<int> bounds = [0, length, length];
        for (var i = 0; i < indexes.Length; i++)
        {
            bounds[i] = IndexArgument(indexes[i], length, types, exclusive: false);
            if (i > 0 && bounds[i - 1] > bounds[i])
            {
                throw new TemplateEvalException($"invalid slice index: {bounds[i - 1]} > {bounds[i]}");
            }
        }

        if (bytes is not null)
        {
            return Encoding.UTF8.GetString(bytes, bounds[0], bounds[1] - bounds[0]);
        }

        var result = new List<object?>(bounds[1] - bounds[0]);
        for (var i = bounds[0]; i < bounds[1]; i++)
        {
            result.Add(list![i]);
        }

        return result;
    }

    private static int IndexArgument(object? index, int length, TypeCache types, bool exclusive)
    {
        long value;
        switch (types.KindOf(index))
        {
            case ValueKind.Int:
                value = Convert.ToInt64(index, CultureInfo.InvariantCulture);
                break;
            case ValueKind.Uint:
                var unsigned = Convert.ToUInt64(index, CultureInfo.InvariantCulture);
                value = unsigned > long.MaxValue ? long.MaxValue : (long)unsigned;
                break;
            case ValueKind.Nil or ValueKind.NoValue:
                throw new TemplateEvalException("cannot index slice/array with nil");
            default:
                throw new TemplateEvalException($"cannot index slice/array with type {GoTypeNames.Of(index!.GetType())}");
        }

        if (value < 0 || value > length || (exclusive && value == length))
        {
            throw new TemplateEvalException($"index out of range: {value}");
        }

        return (int)value;
    }

    private static object ConvertKey(object? key, Type keyType, TypeCache types)
    {
        if (key is null)
        {
            throw new TemplateEvalException($"value is nil; should be of type {GoTypeNames.Of(keyType)}");
        }

        if (keyType.IsInstanceOfType(key))
        {
            return key;
        }

        var kind = types.KindOf(key);
        if (keyType == typeof(string) && kind == ValueKind.Enum)
        {
            return types.EnumName((Enum)key);
        }

        if (keyType.IsEnum && key is string name)
        {
            foreach (var candidate in Enum.GetValues(keyType))
            {
                if (types.EnumName((Enum)candidate) == name)
                {
                    return candidate;
                }
            }
        }

        var keyKind = TypeShape.PrimitiveKind(keyType);
        if (kind is ValueKind.Int or ValueKind.Uint && keyKind is ValueKind.Int or ValueKind.Uint)
        {
            try
            {
                return Convert.ChangeType(key, keyType, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // Reported below like any other mismatch.
            }
        }

        throw new TemplateEvalException($"value has type {GoTypeNames.Of(key.GetType())}; should be {GoTypeNames.Of(keyType)}");
    }

    private static IList AsList(object value) =>
        value as IList ?? ((IEnumerable)value).Cast<object?>().ToList();
}
