namespace Bowsprit.Forge.GraphQL;

internal sealed record DirectiveNode(string Name, IReadOnlyList<ArgumentNode> Arguments, SourceLocation Location);
