namespace Bowsprit.Forge.GraphQL;

/// <summary>A <c>name: value</c> pair: a field or directive argument, or a field of an object literal.</summary>
internal sealed record ArgumentNode(string Name, ValueNode Value, SourceLocation Location);
