namespace Bowsprit.Forge.GraphQL;

internal enum TypeRefKind
{
    Named,
    List,
    NonNull,
}
