namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Validates one operation or fragment definition against the schema, without expanding fragment
/// spreads: fields exist, arguments are declared, required and well-typed, leaf and composite
/// selections are right, fragments can apply, directives are known. It records the variables used
/// and the fragments spread so the document-level checks can follow them.
/// </summary>
internal sealed class SelectionValidator(ValidationContext context, string pathRoot)
{
    private readonly List<string> _path = [pathRoot];

    public List<VariableUsage> Usages { get; } = [];

    public HashSet<string> Spreads { get; } = new(StringComparer.Ordinal);

    public void ValidateSelectionSet(SchemaType parent, SelectionSet selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    ValidateDirectives(selection.Directives, allowed: true);
                    _path.Add(field.ResponseKey);
                    ValidateField(parent, field);
                    _path.RemoveAt(_path.Count - 1);
                    break;
                case FragmentSpreadNode spread:
                    _path.Add("... " + spread.Name);
                    ValidateDirectives(selection.Directives, allowed: true);
                    ValidateSpread(parent, spread);
                    _path.RemoveAt(_path.Count - 1);
                    break;
                case InlineFragmentNode inline:
                    _path.Add(inline.TypeCondition is null ? "..." : "... on " + inline.TypeCondition);
                    ValidateDirectives(selection.Directives, allowed: true);
                    ValidateInlineFragment(parent, inline);
                    _path.RemoveAt(_path.Count - 1);
                    break;
            }
        }
    }

    /// <summary>Only <c>@skip</c> and <c>@include</c> exist, and only on fields and fragments.</summary>
    public void ValidateDirectives(IReadOnlyList<DirectiveNode> directives, bool allowed, string? placeName = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            if (!SkipIncludeDirectives.IsKnown(directive.Name))
            {
                Report($"Directive @{directive.Name} is not defined", "undefinedDirective", directive.Location);
                continue;
            }

            if (!allowed)
            {
                Report(
                    $"'@{directive.Name}' can't be applied to {placeName} (allowed: fields, fragment spreads, inline fragments)",
                    "directiveCannotBeApplied",
                    directive.Location);
                continue;
            }

            if (!seen.Add(directive.Name))
            {
                Report($"The directive \"{directive.Name}\" can only be used once at this location.", "directiveUniqueness", directive.Location);
            }

            ValidateArguments(SkipIncludeDirectives.Arguments, directive.Arguments, "Directive", directive.Name, directive.Location);
        }
    }

    private void ValidateField(SchemaType parent, FieldNode field)
    {
        if (field.Name == "__typename")
        {
            ValidateArguments([], field.Arguments, "Field", field.Name, field.Location);
            if (field.SelectionSet is not null)
            {
                Report(
                    $"Selections can't be made on scalars (field '__typename' returns String but has selections [{SelectionNames(field.SelectionSet)}])",
                    "selectionMismatch",
                    field.Location);
            }

            return;
        }

        if (field.Name is "__schema" or "__type")
        {
            Report("introspection is not supported", "introspectionNotSupported", field.Location);
            return;
        }

        var definition = (parent as FieldsType)?.FindField(field.Name);
        if (definition is null)
        {
            Report($"Field '{field.Name}' doesn't exist on type '{parent.Name}'", "undefinedField", field.Location);
            return;
        }

        ValidateArguments(definition.Arguments, field.Arguments, "Field", field.Name, field.Location);
        var type = context.Schema.FindType(definition.Type.NamedType)!;
        if (type.IsLeaf && field.SelectionSet is not null)
        {
            var kind = type.Kind == TypeKind.Enum ? "enums" : "scalars";
            Report(
                $"Selections can't be made on {kind} (field '{field.Name}' returns {type.Name} but has selections [{SelectionNames(field.SelectionSet)}])",
                "selectionMismatch",
                field.Location);
        }
        else if (!type.IsLeaf && field.SelectionSet is null)
        {
            Report(
                $"Field must have selections (field '{field.Name}' returns {type.Name} but has no selections. Did you mean '{field.Name} {{ ... }}'?)",
                "selectionMismatch",
                field.Location);
        }
        else if (field.SelectionSet is not null)
        {
            ValidateSelectionSet(type, field.SelectionSet);
        }
    }

    private void ValidateSpread(SchemaType parent, FragmentSpreadNode spread)
    {
        Spreads.Add(spread.Name);
        if (!context.Fragments.TryGetValue(spread.Name, out var fragment))
        {
            Report($"Fragment {spread.Name} was used, but not defined", "useAndDefineFragment", spread.Location);
            return;
        }

        // The fragment's own body and type condition are checked once, where it is defined.
        var type = context.Schema.FindType(fragment.TypeCondition);
        if (type is { IsLeaf: false } && !context.Schema.Overlaps(parent, type))
        {
            Report(
                $"Fragment {spread.Name} on {type.Name} can't be spread inside {parent.Name}",
                "cannotSpreadFragment",
                spread.Location);
        }
    }

    private void ValidateInlineFragment(SchemaType parent, InlineFragmentNode inline)
    {
        var type = inline.TypeCondition is null ? parent : CheckTypeCondition(inline.TypeCondition, inline.Location);
        if (type is null)
        {
            return;
        }

        if (!context.Schema.Overlaps(parent, type))
        {
            Report($"Fragment on {type.Name} can't be spread inside {parent.Name}", "cannotSpreadFragment", inline.Location);
            return;
        }

        ValidateSelectionSet(type, inline.SelectionSet);
    }

    /// <summary>The named composite type a fragment is on, or null after reporting why it cannot be.</summary>
    public SchemaType? CheckTypeCondition(string name, SourceLocation location)
    {
        var type = context.Schema.FindType(name);
        if (type is null)
        {
            Report($"No such type {name}, so it can't be a fragment condition", "undefinedType", location);
            return null;
        }

        if (type.IsLeaf)
        {
            Report($"Invalid fragment on type {name} (must be Union, Interface or Object)", "fragmentOnNonCompositeType", location);
            return null;
        }

        return type;
    }

    private void ValidateArguments(
        IReadOnlyList<ArgumentDefinition> definitions, IReadOnlyList<ArgumentNode> given, string kind, string owner, SourceLocation location)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in given)
        {
            if (!seen.Add(argument.Name))
            {
                Report($"There can be only one argument named \"{argument.Name}\"", "argumentUniqueness", argument.Location);
                continue;
            }

            var definition = definitions.FirstOrDefault(d => d.Name == argument.Name);
            if (definition is null)
            {
                Report($"{kind} '{owner}' doesn't accept argument '{argument.Name}'", "argumentNotAccepted", argument.Location);
                continue;
            }

            void OnVariable(VariableNode variable, TypeRef type)
            {
                // Only a variable that is the whole argument value can lean on the argument's default.
                var hasDefault = ReferenceEquals(variable, argument.Value) && definition.DefaultValue is not null;
                Usages.Add(new VariableUsage(variable.Name, type, hasDefault, argument.Name, variable.Location));
            }

            if (!InputCoercion.IsValidLiteral(argument.Value, definition.Type, context.Schema, OnVariable))
            {
                Report(
                    $"Argument '{argument.Name}' on {kind} '{owner}' has an invalid value ({ValuePrinter.Print(argument.Value)}). Expected type '{definition.Type}'.",
                    "argumentLiteralsIncompatible",
                    argument.Location);
            }
        }

        var missing = definitions.Where(d => d.IsRequired && !seen.Contains(d.Name)).Select(d => d.Name).ToList();
        if (missing.Count > 0)
        {
            Report($"{kind} '{owner}' is missing required arguments: {string.Join(", ", missing)}", "missingRequiredArguments", location);
        }
    }

    private static string SelectionNames(SelectionSet selectionSet) =>
        string.Join(", ", selectionSet.Selections.Select(s => s switch
        {
            FieldNode f => f.ResponseKey,
            FragmentSpreadNode spread => "... " + spread.Name,
            _ => "...",
        }));

    private void Report(string message, string code, SourceLocation location) =>
        context.Report(message, code, location, _path);
}
