using System.Collections;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Executes one validated query (spec §6.3–6.4): collects fields per object type, resolves them in
/// order, completes values against their declared types and propagates nulls from non-null
/// positions to the nearest nullable one. Fields run one after another: resolvers may be async but
/// need not be thread-safe.
/// </summary>
internal sealed class OperationExecutor(
    GraphQLSchema schema,
    IReadOnlyDictionary<string, FragmentDefinition> fragments,
    IReadOnlyDictionary<string, object?> variables,
    GraphQLExecutorOptions options,
    CancellationToken cancellationToken)
{
    private int _resultNodes;

    public List<JsonObject> Errors { get; } = [];

    /// <summary>The "data" object, or null when a null propagated all the way up.</summary>
    public async Task<JsonObject?> ExecuteAsync(OperationDefinition operation, object rootValue)
    {
        var groups = new FieldGroups();
        Collect(schema.QueryType, operation.SelectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return await ExecuteFieldsAsync(schema.QueryType, rootValue, groups, null);
    }

    private async ValueTask<JsonObject?> ExecuteFieldsAsync(ObjectType type, object value, FieldGroups groups, ResponsePath? path)
    {
        var result = new JsonObject();
        foreach (var (key, fields) in groups)
        {
            var completed = await ExecuteFieldAsync(type, value, fields, ResponsePath.Field(path, key));
            if (completed.Failed)
            {
                return null;
            }

            result[key] = completed.Node;
        }

        return result;
    }

    private async ValueTask<Completed> ExecuteFieldAsync(
        ObjectType type, object parent, List<(FieldNode Field, SchemaType Parent)> fields, ResponsePath path)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var field = fields[0].Field;
        if (field.Name == "__typename")
        {
            CountNode();
            return new Completed(JsonValue.Create(type.Name), false);
        }

        var definition = type.FindField(field.Name);
        if (definition?.Resolver is null)
        {
            AddError($"Field '{field.Name}' doesn't exist on type '{type.Name}'", field, path);
            return Completed.Failure;
        }

        object? resolved;
        try
        {
            var arguments = CoerceArguments(definition, field);
            resolved = await definition.Resolver(parent, arguments, cancellationToken);
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            AddError(e.Message, field, path, (e as GraphQLFieldException)?.Type);
            return definition.Type.IsNonNull ? Completed.Failure : Completed.Null;
        }

        if (resolved is Task)
        {
            // A Task-returning lambda given to Field would otherwise be serialized as an object.
            AddError($"Resolver of {type.Name}.{field.Name} returned a Task; declare it with FieldAsync", field, path);
            return definition.Type.IsNonNull ? Completed.Failure : Completed.Null;
        }

        return await CompleteAsync(definition.Type, type, fields, resolved, path);
    }

    private ResolverArguments CoerceArguments(FieldDefinition definition, FieldNode field)
    {
        if (definition.Arguments.Count == 0)
        {
            return ResolverArguments.Empty;
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in definition.Arguments)
        {
            var node = field.Arguments.FirstOrDefault(a => a.Name == argument.Name)?.Value;
            var given = node is not null && (node is not VariableNode variable || variables.ContainsKey(variable.Name));
            if (!given)
            {
                if (argument.DefaultValue is { } defaultValue)
                {
                    values[argument.Name] = InputCoercion.CoerceLiteral(defaultValue, argument.Type, schema, variables);
                }
                else if (argument.Type.IsNonNull)
                {
                    throw new GraphQLFieldException($"Argument '{argument.Name}' on Field '{field.Name}' is required");
                }

                continue;
            }

            var value = InputCoercion.CoerceLiteral(node!, argument.Type, schema, variables);
            values[argument.Name] = value ?? (argument.Type.IsNonNull
                ? throw new GraphQLFieldException($"Argument '{argument.Name}' on Field '{field.Name}' must not be null")
                : null);
        }

        return new ResolverArguments(values);
    }

    private async ValueTask<Completed> CompleteAsync(
        TypeRef type, ObjectType parentType, List<(FieldNode Field, SchemaType Parent)> fields, object? value, ResponsePath path)
    {
        if (!type.IsNonNull)
        {
            var completed = await CompleteNullableAsync(type, parentType, fields, value, path);
            return completed.Failed ? Completed.Null : completed;
        }

        var inner = await CompleteNullableAsync(type.OfType!, parentType, fields, value, path);
        if (inner.Failed)
        {
            return Completed.Failure;
        }

        if (inner.Node is null)
        {
            var field = fields[0].Field;
            var what = path.IsListItem ? "element of" : "field";
            AddError($"Cannot return null for non-nullable {what} {parentType.Name}.{field.Name}", field, path);
            return Completed.Failure;
        }

        return inner;
    }

    private async ValueTask<Completed> CompleteNullableAsync(
        TypeRef type, ObjectType parentType, List<(FieldNode Field, SchemaType Parent)> fields, object? value, ResponsePath path)
    {
        CountNode();
        if (value is null)
        {
            return Completed.Null;
        }

        var field = fields[0].Field;
        if (type.Kind == TypeRefKind.List)
        {
            return await CompleteListAsync(type.OfType!, parentType, fields, value, path);
        }

        var named = schema.FindType(type.Name!)!;
        try
        {
            switch (named)
            {
                case ScalarType scalar:
                    var json = scalar.Serialize(value);
                    return new Completed(json?.Parent is null ? json : json.DeepClone(), false);
                case EnumType enumType:
                    return new Completed(enumType.Serialize(value), false);
            }
        }
        catch (Exception e) when (!IsCancellation(e))
        {
            AddError(e.Message, field, path);
            return Completed.Failure;
        }

        var objectType = named as ObjectType ?? schema.ResolveClrType(named, value.GetType());
        if (objectType is null)
        {
            AddError($"No object type of {named.Name} is bound to CLR type {value.GetType().Name}", field, path);
            return Completed.Failure;
        }

        var groups = new FieldGroups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (selected, _) in fields)
        {
            if (selected.SelectionSet is not null)
            {
                Collect(objectType, selected.SelectionSet, groups, visited);
            }
        }

        var result = await ExecuteFieldsAsync(objectType, value, groups, path);
        return result is null ? Completed.Failure : new Completed(result, false);
    }

    private async ValueTask<Completed> CompleteListAsync(
        TypeRef itemType, ObjectType parentType, List<(FieldNode Field, SchemaType Parent)> fields, object value, ResponsePath path)
    {
        var field = fields[0].Field;
        if (value is string || value is not IEnumerable items)
        {
            AddError($"Field {parentType.Name}.{field.Name} returned a {value.GetType().Name} where a list was expected", field, path);
            return Completed.Failure;
        }

        var array = new JsonArray();
        var index = 0;
        try
        {
            foreach (var item in items)
            {
                var completed = await CompleteAsync(itemType, parentType, fields, item, ResponsePath.Item(path, index++));
                if (completed.Failed)
                {
                    return Completed.Failure;
                }

                array.Add(completed.Node);
            }
        }
        catch (Exception e) when (!IsCancellation(e) && e is not ResultLimitExceededException)
        {
            // A lazily evaluated list can fail while being enumerated.
            AddError(e.Message, field, path);
            return Completed.Failure;
        }

        return new Completed(array, false);
    }

    /// <summary>CollectFields (spec §6.3.2): applies @skip/@include and fragment type conditions; each fragment once.</summary>
    private void Collect(ObjectType objectType, SelectionSet selectionSet, FieldGroups groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!SkipIncludeDirectives.ShouldInclude(selection.Directives, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field.ResponseKey, (field, objectType));
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name):
                    if (fragments.TryGetValue(spread.Name, out var fragment) && Applies(fragment.TypeCondition, objectType))
                    {
                        Collect(objectType, fragment.SelectionSet, groups, visited);
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || Applies(inline.TypeCondition, objectType):
                    Collect(objectType, inline.SelectionSet, groups, visited);
                    break;
            }
        }
    }

    private bool Applies(string typeCondition, ObjectType objectType) =>
        schema.FindType(typeCondition) is { } type && schema.IsPossibleType(type, objectType);

    private void CountNode()
    {
        if (++_resultNodes > options.MaxResultNodes)
        {
            throw new ResultLimitExceededException(options.MaxResultNodes);
        }
    }

    private bool IsCancellation(Exception e) => e is OperationCanceledException && cancellationToken.IsCancellationRequested;

    private void AddError(string message, FieldNode field, ResponsePath path, string? type = null) =>
        Errors.Add(ErrorJson.Create(message, field.Location, path.ToJson(), type));
}
