namespace Bowsprit.Forge.GraphQL;

internal enum TypeKind
{
    Scalar,
    Enum,
    Object,
    Interface,
    Union,
}
