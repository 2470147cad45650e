using System.Collections.Frozen;

namespace Bowsprit.Core.Templates;

/// <summary>Go's predefined template functions that Bowsprit implements, with their arities.</summary>
internal static class FunctionTable
{
    private static readonly FrozenDictionary<string, BuiltinFunction> Functions = new Dictionary<string, BuiltinFunction>
    {
        ["and"] = BuiltinFunction.And,
        ["or"] = BuiltinFunction.Or,
        ["not"] = BuiltinFunction.Not,
        ["len"] = BuiltinFunction.Len,
        ["index"] = BuiltinFunction.Index,
        ["slice"] = BuiltinFunction.Slice,
        ["eq"] = BuiltinFunction.Eq,
        ["ne"] = BuiltinFunction.Ne,
        ["lt"] = BuiltinFunction.Lt,
        ["le"] = BuiltinFunction.Le,
        ["gt"] = BuiltinFunction.Gt,
        ["ge"] = BuiltinFunction.Ge,
        ["print"] = BuiltinFunction.Print,
        ["printf"] = BuiltinFunction.Printf,
        ["println"] = BuiltinFunction.Println,
        ["html"] = BuiltinFunction.Html,
        ["js"] = BuiltinFunction.Js,
        ["urlquery"] = BuiltinFunction.UrlQuery,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryLookup(string name, out BuiltinFunction function) => Functions.TryGetValue(name, out function);

    /// <summary>Go's <c>call</c> invokes function-valued data, which C# models don't carry.</summary>
    public static bool IsUnsupported(string name) => name == "call";

    /// <summary>Minimum and maximum argument counts, the piped value included.</summary>
    public static (int Min, int Max) Arity(BuiltinFunction function) => function switch
    {
        BuiltinFunction.Not or BuiltinFunction.Len => (1, 1),
        BuiltinFunction.Ne or BuiltinFunction.Lt or BuiltinFunction.Le or BuiltinFunction.Gt or BuiltinFunction.Ge => (2, 2),
        BuiltinFunction.And or BuiltinFunction.Or or BuiltinFunction.Index or BuiltinFunction.Slice
            or BuiltinFunction.Eq or BuiltinFunction.Printf => (1, int.MaxValue),
        _ => (0, int.MaxValue),
    };
}
