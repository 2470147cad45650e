namespace Bowsprit.Forge.GraphQL;

/// <summary>The only directives executable documents may use: <c>@skip(if:)</c> and <c>@include(if:)</c>.</summary>
internal static class SkipIncludeDirectives
{
    public static IReadOnlyList<ArgumentDefinition> Arguments { get; } =
        [new ArgumentDefinition("if", TypeRef.NonNullOf(TypeRef.Named(BuiltInScalars.Boolean)), null)];

    public static bool IsKnown(string name) => name is "skip" or "include";

    /// <summary>Whether a selection survives its directives, given coerced variables.</summary>
    public static bool ShouldInclude(IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var directive in directives)
        {
            var condition = directive.Arguments.FirstOrDefault(a => a.Name == "if")?.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables.GetValueOrDefault(v.Name) as bool?,
                _ => null,
            };
            if ((directive.Name == "skip" && condition == true) || (directive.Name == "include" && condition == false))
            {
                return false;
            }
        }

        return true;
    }
}
