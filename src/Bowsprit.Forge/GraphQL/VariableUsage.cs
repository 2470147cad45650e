namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// A <c>$variable</c> found in an argument: the type its position expects, whether that argument
/// has a default (which lets a nullable variable fill a non-null argument), and the argument's name.
/// </summary>
internal sealed record VariableUsage(
    string Name, TypeRef LocationType, bool LocationHasDefault, string ArgumentName, SourceLocation Location);
