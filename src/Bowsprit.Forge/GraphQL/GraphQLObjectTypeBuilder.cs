namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Declares the fields of an object type bound to <typeparamref name="TParent"/>. Types are written in
/// GraphQL syntax (<c>"[Label!]!"</c>) and arguments as in SDL (<c>"first: Int = 10, after: String"</c>).
/// </summary>
public sealed class GraphQLObjectTypeBuilder<TParent>
{
    private readonly string _typeName;
    private readonly List<FieldDefinition> _fields = [];
    private readonly List<string> _interfaces = [];

    internal GraphQLObjectTypeBuilder(string typeName) => _typeName = typeName;

    public GraphQLObjectTypeBuilder<TParent> Implements(params string[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return this;
    }

    public GraphQLObjectTypeBuilder<TParent> Field(string name, Func<TParent, object?> resolve, string returns, string? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Add(name, returns, arguments, (parent, _, _) => new ValueTask<object?>(resolve((TParent)parent)));
    }

    public GraphQLObjectTypeBuilder<TParent> Field(
        string name, Func<TParent, ResolverArguments, object?> resolve, string returns, string? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Add(name, returns, arguments, (parent, args, _) => new ValueTask<object?>(resolve((TParent)parent, args)));
    }

    public GraphQLObjectTypeBuilder<TParent> FieldAsync(
        string name,
        Func<TParent, ResolverArguments, CancellationToken, ValueTask<object?>> resolve,
        string returns,
        string? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return Add(name, returns, arguments, (parent, args, ct) => resolve((TParent)parent, args, ct));
    }

    internal ObjectType Build() => new(_typeName, typeof(TParent), _fields, _interfaces);

    private GraphQLObjectTypeBuilder<TParent> Add(string name, string returns, string? arguments, FieldResolver resolver)
    {
        if (_fields.Any(f => f.Name == name))
        {
            throw new ArgumentException($"Field '{_typeName}.{name}' is declared twice.", nameof(name));
        }

        _fields.Add(FieldDefinition.Create(_typeName, name, returns, arguments, resolver));
        return this;
    }
}
