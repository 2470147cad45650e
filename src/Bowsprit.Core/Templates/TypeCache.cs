using System.Collections.Concurrent;

namespace Bowsprit.Core.Templates;

/// <summary>Reflection results per runtime type, owned by one template and shared by its executions.</summary>
internal sealed class TypeCache
{
    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();

    public TypeShape Get(Type type) => _shapes.GetOrAdd(type, static (t, cache) => new TypeShape(t, cache), this);

    public ValueKind KindOf(object? value)
    {
        switch (value)
        {
            case null:
                return ValueKind.Nil;
            case NoValue:
                return ValueKind.NoValue;
            case Enum:
                return ValueKind.Enum;
        }

        var type = value.GetType();
        return TypeShape.PrimitiveKind(type) ?? Get(type).Kind;
    }

    public string EnumName(Enum value) => Get(value.GetType()).EnumName(value);
}
