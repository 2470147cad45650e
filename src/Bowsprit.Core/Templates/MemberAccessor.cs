using System.Reflection;

namespace Bowsprit.Core.Templates;

/// <summary>
/// Reads one public property, field or parameterless method, possibly through a chain of
/// <see cref="GoEmbeddedAttribute"/> properties (Go's promoted fields).
/// </summary>
internal sealed class MemberAccessor
{
    private readonly MemberAccessor? _via;
    private readonly MethodInvoker? _invoker;
    private readonly FieldInfo? _field;

    private MemberAccessor(string name, Type declaredType, MethodInvoker? invoker, FieldInfo? field, MemberAccessor? via)
    {
        Name = name;
        DeclaredType = declaredType;
        _invoker = invoker;
        _field = field;
        _via = via;
    }

    public string Name { get; }

    /// <summary>The member's static type, which names the type in Go's "nil pointer evaluating *T.X" errors.</summary>
    public Type DeclaredType { get; }

    public static MemberAccessor For(PropertyInfo property) =>
        new(property.Name, property.PropertyType, MethodInvoker.Create(property.GetMethod!), null, null);

    public static MemberAccessor For(FieldInfo field) => new(field.Name, field.FieldType, null, field, null);

    public static MemberAccessor For(MethodInfo method) => new(method.Name, method.ReturnType, MethodInvoker.Create(method), null, null);

    /// <summary>This member, reached through an embedded property of the receiver.</summary>
    public MemberAccessor Through(MemberAccessor embedded) =>
        new(Name, DeclaredType, _invoker, _field, _via is null ? embedded : _via.Through(embedded));

    public object? GetValue(object target)
    {
        var owner = target;
        if (_via is not null)
        {
            owner = _via.GetValue(target)
                ?? throw new TemplateEvalException($"nil pointer to embedded struct field {_via.Name} evaluating {Name}");
        }

        try
        {
            return _field is not null ? _field.GetValue(owner) : _invoker!.Invoke(owner);
        }
        catch (Exception e) when (e is not TemplateEvalException)
        {
            var cause = e is TargetInvocationException { InnerException: { } inner } ? inner : e;
            throw new TemplateEvalException($"error calling {Name}: {cause.Message}");
        }
    }
}
