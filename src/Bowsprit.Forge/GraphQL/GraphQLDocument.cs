namespace Bowsprit.Forge.GraphQL;

/// <summary>A parsed executable document: its operations and fragment definitions in source order.</summary>
internal sealed record GraphQLDocument(
    IReadOnlyList<OperationDefinition> Operations,
    IReadOnlyList<FragmentDefinition> Fragments);
