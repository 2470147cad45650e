namespace Bowsprit.Forge.GraphQL;

internal sealed class UnionType(string name, IReadOnlyList<string> members) : SchemaType(name)
{
    public IReadOnlyList<string> Members { get; } = members;

    public override TypeKind Kind => TypeKind.Union;
}
