using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Validates a whole document (spec §5) before anything executes: operation and fragment naming,
/// every definition against the schema, fragment use and cycles, variable definitions and usages,
/// then depth, size and field merging over the expanded queries. Mutations and subscriptions are
/// not checked beyond their names; the executor refuses them.
/// </summary>
internal static class DocumentValidator
{
    private const int MaxOperations = 100;
    private const int MaxFragments = 1_000;

    public static List<JsonObject> Validate(GraphQLSchema schema, GraphQLDocument document, GraphQLExecutorOptions options)
    {
        var context = new ValidationContext(schema, document, options);
        if (document.Operations.Count > MaxOperations || document.Fragments.Count > MaxFragments)
        {
            // Some checks below are quadratic in the number of definitions.
            context.Report(
                $"Documents may hold at most {MaxOperations} operations and {MaxFragments} fragments",
                "tooManyDefinitions",
                new SourceLocation(1, 1),
                null);
            return context.Errors;
        }

        CheckOperationNames(context);

        var fragmentInfo = new Dictionary<string, SelectionValidator>(StringComparer.Ordinal);
        foreach (var fragment in context.Fragments.Values)
        {
            var validator = new SelectionValidator(context, "fragment " + fragment.Name);
            validator.ValidateDirectives(fragment.Directives, allowed: false, "fragment definitions");
            if (validator.CheckTypeCondition(fragment.TypeCondition, fragment.Location) is { } type)
            {
                validator.ValidateSelectionSet(type, fragment.SelectionSet);
            }

            fragmentInfo[fragment.Name] = validator;
        }

        var usedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Operations)
        {
            var validator = new SelectionValidator(context, operation.Label);
            if (operation.Operation == OperationType.Query)
            {
                validator.ValidateDirectives(operation.Directives, allowed: false, "queries");
                validator.ValidateSelectionSet(schema.QueryType, operation.SelectionSet);
            }
            else
            {
                CollectSpreads(operation.SelectionSet, validator.Spreads);
            }

            var reachable = Reachable(validator.Spreads, fragmentInfo);
            usedFragments.UnionWith(reachable);
            if (operation.Operation == OperationType.Query)
            {
                var usages = validator.Usages.Concat(reachable.SelectMany(f => fragmentInfo[f].Usages));
                VariableValidator.Validate(context, operation, usages);
            }
        }

        foreach (var fragment in context.Fragments.Values.Where(f => !usedFragments.Contains(f.Name)))
        {
            context.Report($"Fragment {fragment.Name} was defined, but not used", "useAndDefineFragment", fragment.Location, ["fragment " + fragment.Name]);
        }

        CheckFragmentCycles(context, fragmentInfo);
        if (context.Errors.Count == 0)
        {
            var merger = new FieldMergeValidator(context);
            foreach (var operation in document.Operations.Where(o => o.Operation == OperationType.Query))
            {
                merger.Validate(operation);
            }
        }

        return context.Errors;
    }

    private static void CheckOperationNames(ValidationContext context)
    {
        var operations = context.Document.Operations;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            if (operation.Name is null && operations.Count > 1)
            {
                context.Report("This anonymous operation must be the only defined operation.", "loneAnonymousOperation", operation.Location, [operation.Label]);
            }
            else if (operation.Name is not null && !names.Add(operation.Name))
            {
                context.Report($"Operation name \"{operation.Name}\" must be unique", "operationNamesAreUnique", operation.Location, [operation.Label]);
            }
        }
    }

    /// <summary>Fragments reachable from the given spreads, following spreads inside fragments (iteratively: chains can be long).</summary>
    private static HashSet<string> Reachable(IEnumerable<string> spreads, Dictionary<string, SelectionValidator> fragments)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(spreads);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (fragments.TryGetValue(name, out var info) && reached.Add(name))
            {
                foreach (var next in info.Spreads)
                {
                    pending.Push(next);
                }
            }
        }

        return reached;
    }

    /// <summary>
    /// A fragment that reaches itself would expand forever. Depth-first search with an explicit
    /// stack; the fragment a back edge returns to is reported.
    /// </summary>
    private static void CheckFragmentCycles(ValidationContext context, Dictionary<string, SelectionValidator> fragments)
    {
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in fragments.Keys)
        {
            if (done.Contains(start))
            {
                continue;
            }

            var stack = new Stack<(string Name, IEnumerator<string> Next)>();
            stack.Push((start, fragments[start].Spreads.GetEnumerator()));
            onPath.Add(start);
            while (stack.Count > 0)
            {
                var (name, next) = stack.Peek();
                if (!next.MoveNext())
                {
                    stack.Pop();
                    onPath.Remove(name);
                    done.Add(name);
                    continue;
                }

                var target = next.Current;
                if (onPath.Contains(target))
                {
                    if (reported.Add(target))
                    {
                        var fragment = context.Fragments[target];
                        context.Report($"Fragment {target} contains an infinite loop", "infiniteLoop", fragment.Location, ["fragment " + target]);
                    }
                }
                else if (!done.Contains(target) && fragments.TryGetValue(target, out var info))
                {
                    onPath.Add(target);
                    stack.Push((target, info.Spreads.GetEnumerator()));
                }
            }
        }
    }

    private static void CollectSpreads(SelectionSet selectionSet, HashSet<string> spreads)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FragmentSpreadNode spread:
                    spreads.Add(spread.Name);
                    break;
                case InlineFragmentNode inline:
                    CollectSpreads(inline.SelectionSet, spreads);
                    break;
                case FieldNode { SelectionSet: { } inner }:
                    CollectSpreads(inner, spreads);
                    break;
            }
        }
    }
}
