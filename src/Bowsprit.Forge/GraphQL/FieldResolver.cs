namespace Bowsprit.Forge.GraphQL;

/// <summary>The normalised form every builder resolver is wrapped into.</summary>
internal delegate ValueTask<object?> FieldResolver(object parent, ResolverArguments arguments, CancellationToken cancellationToken);
