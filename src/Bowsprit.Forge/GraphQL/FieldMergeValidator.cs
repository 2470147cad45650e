using System.Globalization;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Walks each query with fragments expanded, as execution will see it, checking that fields sharing
/// a response key can merge (same field and arguments, compatible shapes; spec §5.3.2, simplified
/// to compare each field with the first of its key), that nesting stays within the depth limit and
/// that the expanded query stays within the selected-field budget. Runs only on documents that
/// passed the other rules, so every name here resolves.
/// </summary>
internal sealed class FieldMergeValidator(ValidationContext context)
{
    // How far past the depth limit the walk goes to report the actual depth; bounds recursion.
    private const int DepthSlack = 50;

    private readonly GraphQLSchema _schema = context.Schema;
    private int _selectedFields;
    private bool _stopped;
    private int _deepest;
    private (SourceLocation Location, List<string> Path)? _firstTooDeep;

    public void Validate(OperationDefinition operation)
    {
        (_stopped, _selectedFields, _deepest, _firstTooDeep) = (false, 0, 0, null);
        var groups = new FieldGroups();
        Collect(_schema.QueryType, operation.SelectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        Check(groups, depth: 1, parentsExclusive: false, [operation.Label]);
        if (!_stopped && _firstTooDeep is var (location, path))
        {
            var max = context.Options.MaxDepth;
            var depth = _deepest > max + DepthSlack ? $"more than {max + DepthSlack}" : _deepest.ToString(CultureInfo.InvariantCulture);
            context.Report($"Query has depth of {depth}, which exceeds max depth of {max}", "maxDepthExceeded", location, path);
        }
    }

    private void Collect(SchemaType parent, SelectionSet selectionSet, FieldGroups groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (_stopped)
            {
                return;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (++_selectedFields > context.Options.MaxSelectedFields)
                    {
                        Stop($"Query selects more than {context.Options.MaxSelectedFields} fields once fragments are expanded", "tooManyFields", field.Location, null);
                        return;
                    }

                    groups.Add(field.ResponseKey, (field, parent));
                    break;
                case InlineFragmentNode inline:
                    var type = inline.TypeCondition is null ? parent : _schema.FindType(inline.TypeCondition)!;
                    Collect(type, inline.SelectionSet, groups, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name):
                    var fragment = context.Fragments[spread.Name];
                    Collect(_schema.FindType(fragment.TypeCondition)!, fragment.SelectionSet, groups, visited);
                    break;
            }
        }
    }

    private void Check(FieldGroups groups, int depth, bool parentsExclusive, List<string> path)
    {
        foreach (var (key, fields) in groups)
        {
            if (_stopped)
            {
                return;
            }

            path.Add(key);
            var (first, firstParent) = fields[0];
            _deepest = Math.Max(_deepest, depth);
            if (depth > context.Options.MaxDepth)
            {
                _firstTooDeep ??= (first.Location, [.. path]);
                if (depth > context.Options.MaxDepth + DepthSlack)
                {
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
            }

            var exclusive = parentsExclusive;
            foreach (var other in fields.Skip(1))
            {
                var differentObjects = firstParent != other.Parent && firstParent is ObjectType && other.Parent is ObjectType;
                exclusive |= differentObjects;
                if (Conflict(key, fields[0], other, checkNames: !parentsExclusive && !differentObjects) is { } message)
                {
                    Stop(message, "fieldConflict", other.Field.Location, path);
                    return;
                }
            }

            var subGroups = new FieldGroups();
            var visited = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (field, parent) in fields)
            {
                if (field.SelectionSet is not null && ReturnType(field, parent) is { } type)
                {
                    Collect(_schema.FindType(type.NamedType)!, field.SelectionSet, subGroups, visited);
                }
            }

            Check(subGroups, depth + 1, exclusive, path);
            path.RemoveAt(path.Count - 1);
        }
    }

    private string? Conflict(string key, (FieldNode Field, SchemaType Parent) a, (FieldNode Field, SchemaType Parent) b, bool checkNames)
    {
        if (checkNames && a.Field.Name != b.Field.Name)
        {
            return $"Field '{key}' has a field conflict: {a.Field.Name} or {b.Field.Name}?";
        }

        if (checkNames)
        {
            var left = ValuePrinter.Print(a.Field.Arguments);
            var right = ValuePrinter.Print(b.Field.Arguments);
            if (left != right)
            {
                return $"Field '{key}' has an argument conflict: {left} or {right}?";
            }
        }

        // Even fields that can never both apply must agree on the shape of what they return.
        var leftType = ReturnType(a.Field, a.Parent);
        var rightType = ReturnType(b.Field, b.Parent);
        return leftType is not null && rightType is not null && !SameShape(leftType, rightType)
            ? $"Field '{key}' has a return_type conflict: `{leftType}` or `{rightType}`?"
            : null;
    }

    private bool SameShape(TypeRef a, TypeRef b)
    {
        if (a.IsNonNull || b.IsNonNull)
        {
            return a.IsNonNull && b.IsNonNull && SameShape(a.OfType!, b.OfType!);
        }

        if (a.Kind == TypeRefKind.List || b.Kind == TypeRefKind.List)
        {
            return a.Kind == b.Kind && SameShape(a.OfType!, b.OfType!);
        }

        var left = _schema.FindType(a.Name!)!;
        var right = _schema.FindType(b.Name!)!;
        return (!left.IsLeaf && !right.IsLeaf) || left == right;
    }

    /// <summary>The declared type of a field where it was selected (__typename is a String!).</summary>
    private static TypeRef? ReturnType(FieldNode field, SchemaType parent) =>
        field.Name == "__typename"
            ? TypeRef.NonNullOf(TypeRef.Named(BuiltInScalars.String))
            : (parent as FieldsType)?.FindField(field.Name)?.Type;

    private void Stop(string message, string code, SourceLocation location, List<string>? path)
    {
        context.Report(message, code, location, path);
        _stopped = true;
    }
}
