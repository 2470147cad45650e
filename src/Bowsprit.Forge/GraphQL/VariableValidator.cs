namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Variable rules of spec §5.8 for one operation: definitions are unique, of input types and with
/// fitting defaults; every usage (fragments included) is defined and type-compatible; every
/// definition is used.
/// </summary>
internal static class VariableValidator
{
    public static void Validate(ValidationContext context, OperationDefinition operation, IEnumerable<VariableUsage> usages)
    {
        var owner = operation.Name ?? "anonymous query";
        var definitions = new Dictionary<string, VariableDefinition>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables)
        {
            if (!definitions.TryAdd(definition.Name, definition))
            {
                Report(context, operation, $"There can only be one variable named \"{definition.Name}\"", "variableNamesAreUnique", definition.Location);
                continue;
            }

            CheckDefinition(context, operation, definition);
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var usage in usages)
        {
            used.Add(usage.Name);
            if (!definitions.TryGetValue(usage.Name, out var definition))
            {
                Report(context, operation, $"Variable ${usage.Name} is used by {owner} but not declared", "variableNotDefined", usage.Location);
            }
            else if (context.Schema.FindType(definition.Type.NamedType) is { IsLeaf: true } && !IsUsageAllowed(definition, usage))
            {
                Report(context, operation, MismatchMessage(definition, usage), "variableMismatch", usage.Location);
            }
        }

        foreach (var definition in definitions.Values.Where(d => !used.Contains(d.Name)))
        {
            Report(context, operation, $"Variable ${definition.Name} is declared by {owner} but not used", "variableNotUsed", definition.Location);
        }
    }

    private static void CheckDefinition(ValidationContext context, OperationDefinition operation, VariableDefinition definition)
    {
        var type = context.Schema.FindType(definition.Type.NamedType);
        if (type is null)
        {
            Report(context, operation, $"{definition.Type.NamedType} isn't a defined input type (on ${definition.Name})", "variableRequiresValidType", definition.Location);
        }
        else if (!type.IsLeaf)
        {
            Report(context, operation, $"{type.Name} isn't a valid input type (on ${definition.Name})", "variableRequiresValidType", definition.Location);
        }
        else if (definition.DefaultValue is { } value && !InputCoercion.IsValidLiteral(value, definition.Type, context.Schema, null))
        {
            Report(context, operation, $"Default value for ${definition.Name} doesn't match type {definition.Type}", "defaultValueInvalidType", value.Location);
        }
    }

    /// <summary>Spec's IsVariableUsageAllowed: a nullable variable may fill a non-null slot only when a default backs it.</summary>
    private static bool IsUsageAllowed(VariableDefinition definition, VariableUsage usage)
    {
        var location = usage.LocationType;
        if (location.IsNonNull && !definition.Type.IsNonNull)
        {
            var hasNonNullDefault = definition.DefaultValue is not null and not NullValueNode;
            return (hasNonNullDefault || usage.LocationHasDefault) && AreTypesCompatible(definition.Type, location.OfType!);
        }

        return AreTypesCompatible(definition.Type, location);
    }

    private static bool AreTypesCompatible(TypeRef variable, TypeRef location)
    {
        if (location.IsNonNull)
        {
            return variable.IsNonNull && AreTypesCompatible(variable.OfType!, location.OfType!);
        }

        if (variable.IsNonNull)
        {
            return AreTypesCompatible(variable.OfType!, location);
        }

        if (location.Kind == TypeRefKind.List || variable.Kind == TypeRefKind.List)
        {
            return location.Kind == variable.Kind && AreTypesCompatible(variable.OfType!, location.OfType!);
        }

        return variable.Name == location.Name;
    }

    /// <summary>graphql-ruby's wording, naming the kind of mismatch.</summary>
    private static string MismatchMessage(VariableDefinition definition, VariableUsage usage)
    {
        var kind = definition.Type.NamedType != usage.LocationType.NamedType ? "Type"
            : ListDepth(definition.Type) != ListDepth(usage.LocationType) ? "List dimension"
            : "Nullability";
        return $"{kind} mismatch on variable ${definition.Name} and argument {usage.ArgumentName} ({definition.Type} / {usage.LocationType})";
    }

    private static int ListDepth(TypeRef type) =>
        type.Kind switch
        {
            TypeRefKind.Named => 0,
            TypeRefKind.List => 1 + ListDepth(type.OfType!),
            _ => ListDepth(type.OfType!),
        };

    private static void Report(ValidationContext context, OperationDefinition operation, string message, string code, SourceLocation location) =>
        context.Report(message, code, location, [operation.Label]);
}
