using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// Input coercion (spec §3.5, §5.6): whether a literal fits an input type, turning validated literals
/// into run-time values, and turning posted JSON variables into run-time values. Run-time values are
/// null, string, int, double, bool, long (large custom scalar numbers) or <see cref="IReadOnlyList{T}"/>;
/// enum values are their names.
/// </summary>
internal static class InputCoercion
{
    /// <summary>
    /// Whether <paramref name="value"/> can be coerced to <paramref name="type"/>. Variables are not judged
    /// here: they are handed to <paramref name="onVariable"/> with the type expected at their position.
    /// </summary>
    public static bool IsValidLiteral(ValueNode value, TypeRef type, GraphQLSchema schema, Action<VariableNode, TypeRef>? onVariable)
    {
        if (value is VariableNode variable)
        {
            onVariable?.Invoke(variable, type);
            return true;
        }

        if (type.IsNonNull)
        {
            return value is not NullValueNode && IsValidLiteral(value, type.OfType!, schema, onVariable);
        }

        if (value is NullValueNode)
        {
            return true;
        }

        if (type.Kind == TypeRefKind.List)
        {
            // A single item where a list is expected is coerced to a list of one.
            return value is ListValueNode list
                ? list.Items.All(item => IsValidLiteral(item, type.OfType!, schema, onVariable))
                : IsValidLiteral(value, type.OfType!, schema, onVariable);
        }

        return schema.FindType(type.Name!) switch
        {
            EnumType e => value is EnumValueNode name && e.HasValue(name.Value),
            ScalarType { Name: BuiltInScalars.Int } => value is IntValueNode i && int.TryParse(i.Text, CultureInfo.InvariantCulture, out _),
            ScalarType { Name: BuiltInScalars.Float } => value is IntValueNode or FloatValueNode && double.IsFinite(ParseDouble(value)),
            ScalarType { Name: BuiltInScalars.String } => value is StringValueNode,
            ScalarType { Name: BuiltInScalars.Boolean } => value is BooleanValueNode,
            ScalarType { Name: BuiltInScalars.Id } => value is StringValueNode or IntValueNode,
            ScalarType => value is StringValueNode or IntValueNode or FloatValueNode or BooleanValueNode,
            _ => false,
        };
    }

    /// <summary>The run-time value of a literal that passed validation, substituting coerced variables.</summary>
    public static object? CoerceLiteral(ValueNode value, TypeRef type, GraphQLSchema schema, IReadOnlyDictionary<string, object?> variables)
    {
        if (value is VariableNode variable)
        {
            return variables.GetValueOrDefault(variable.Name);
        }

        if (value is NullValueNode)
        {
            return null;
        }

        var nullable = type.Nullable;
        if (nullable.Kind == TypeRefKind.List)
        {
            return value is ListValueNode list
                ? list.Items.Select(item => CoerceLiteral(item, nullable.OfType!, schema, variables)).ToList()
                : new List<object?> { CoerceLiteral(value, nullable.OfType!, schema, variables) };
        }

        var isFloat = nullable.Name == BuiltInScalars.Float;
        var isCustom = schema.FindType(nullable.Name!) is ScalarType { IsBuiltIn: false };
        return value switch
        {
            IntValueNode i when isFloat => ParseDouble(i),
            IntValueNode i when isCustom => long.TryParse(i.Text, CultureInfo.InvariantCulture, out var l) ? l : ParseDouble(i),
            IntValueNode i when nullable.Name == BuiltInScalars.Id => i.Text,
            IntValueNode i => int.Parse(i.Text, CultureInfo.InvariantCulture),
            FloatValueNode f => ParseDouble(f),
            StringValueNode s => s.Value,
            BooleanValueNode b => b.Value,
            EnumValueNode e => e.Value,
            _ => null,
        };
    }

    /// <summary>
    /// Coerces a posted JSON variable value. On failure <paramref name="problem"/> explains why, in
    /// graphql-ruby's wording, with <paramref name="problemPath"/> the list indices leading to it.
    /// </summary>
    public static bool TryCoerceJson(
        JsonNode? node, TypeRef type, GraphQLSchema schema, List<int> problemPath, out object? value, out string? problem)
    {
        value = null;
        problem = null;
        if (type.IsNonNull)
        {
            if (node is null)
            {
                problem = "Expected value to not be null";
                return false;
            }

            return TryCoerceJson(node, type.OfType!, schema, problemPath, out value, out problem);
        }

        if (node is null)
        {
            return true;
        }

        if (type.Kind == TypeRefKind.List)
        {
            if (node is not JsonArray array)
            {
                var ok = TryCoerceJson(node, type.OfType!, schema, problemPath, out var single, out problem);
                value = ok ? new List<object?> { single } : null;
                return ok;
            }

            var items = new List<object?>(array.Count);
            for (var i = 0; i < array.Count; i++)
            {
                problemPath.Add(i);
                if (!TryCoerceJson(array[i], type.OfType!, schema, problemPath, out var item, out problem))
                {
                    return false;
                }

                problemPath.RemoveAt(problemPath.Count - 1);
                items.Add(item);
            }

            value = items;
            return true;
        }

        value = node is JsonValue scalar ? CoerceJsonScalar(scalar, schema.FindType(type.Name!)) : null;
        if (value is null)
        {
            problem = $"Could not coerce value {Truncate(node.ToJsonString())} to {type.Name}";
            return false;
        }

        return true;
    }

    private static object? CoerceJsonScalar(JsonValue node, SchemaType? type)
    {
        var kind = node.GetValueKind();
        var number = kind == JsonValueKind.Number ? ParseDouble(node.ToJsonString()) : double.NaN;
        var isIntegral = double.IsFinite(number) && Math.Floor(number) == number;
        return type switch
        {
            EnumType e when kind == JsonValueKind.String && e.HasValue(node.GetValue<string>()) => node.GetValue<string>(),
            ScalarType { Name: BuiltInScalars.Int } when isIntegral && number is >= int.MinValue and <= int.MaxValue => (int)number,
            ScalarType { Name: BuiltInScalars.Float } when double.IsFinite(number) => number,
            ScalarType { Name: BuiltInScalars.Boolean } when kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True,
            ScalarType { Name: BuiltInScalars.String } when kind == JsonValueKind.String => node.GetValue<string>(),
            ScalarType { Name: BuiltInScalars.Id } when kind == JsonValueKind.String => node.GetValue<string>(),
            ScalarType { Name: BuiltInScalars.Id } when isIntegral => node.ToJsonString(),
            ScalarType { IsBuiltIn: false } when kind == JsonValueKind.String => node.GetValue<string>(),
            ScalarType { IsBuiltIn: false } when isIntegral && Math.Abs(number) < 9e15 => (long)number,
            ScalarType { IsBuiltIn: false } when double.IsFinite(number) => number,
            ScalarType { IsBuiltIn: false } when kind is JsonValueKind.True or JsonValueKind.False => kind == JsonValueKind.True,
            _ => null,
        };
    }

    private static double ParseDouble(ValueNode value) =>
        ParseDouble(value is IntValueNode i ? i.Text : ((FloatValueNode)value).Text);

    private static double ParseDouble(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : double.NaN;

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "...";
}
