namespace Bowsprit.Forge.GraphQL;

/// <summary>A field of an object or interface type; interface fields have no resolver.</summary>
internal sealed class FieldDefinition
{
    private FieldDefinition(string name, TypeRef type, IReadOnlyList<ArgumentDefinition> arguments, FieldResolver? resolver)
    {
        Name = name;
        Type = type;
        Arguments = arguments;
        Resolver = resolver;
    }

    public string Name { get; }

    public TypeRef Type { get; }

    public IReadOnlyList<ArgumentDefinition> Arguments { get; }

    public FieldResolver? Resolver { get; }

    public ArgumentDefinition? FindArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <summary>Parses the builder's GraphQL-syntax strings, failing at declaration time with the field named.</summary>
    public static FieldDefinition Create(string owner, string name, string returns, string? arguments, FieldResolver? resolver)
    {
        if (!SchemaNames.IsValid(name))
        {
            throw new ArgumentException($"'{owner}.{name}' is not a valid GraphQL field name.", nameof(name));
        }

        TypeRef type;
        try
        {
            type = GraphQLParser.ParseType(returns);
        }
        catch (GraphQLSyntaxException e)
        {
            throw new ArgumentException($"Field '{owner}.{name}' has an invalid return type '{returns}': {e.Message}", nameof(returns), e);
        }

        IReadOnlyList<ArgumentDefinition> parsedArguments;
        try
        {
            parsedArguments = string.IsNullOrWhiteSpace(arguments) ? [] : GraphQLParser.ParseArgumentDefinitions(arguments);
        }
        catch (GraphQLSyntaxException e)
        {
            throw new ArgumentException($"Field '{owner}.{name}' has invalid arguments '{arguments}': {e.Message}", nameof(arguments), e);
        }

        var duplicate = parsedArguments.GroupBy(a => a.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Field '{owner}.{name}' declares argument '{duplicate.Key}' twice.", nameof(arguments));
        }

        return new FieldDefinition(name, type, parsedArguments, resolver);
    }
}
