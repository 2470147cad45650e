using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>
/// CoerceVariableValues (spec §6.1.2): posted JSON variables to run-time values. A variable that is
/// neither posted nor defaulted stays absent, so arguments fed by it fall back to their own defaults.
/// </summary>
internal static class VariableCoercion
{
    public static Dictionary<string, object?> Coerce(
        GraphQLSchema schema, OperationDefinition operation, JsonObject? input, List<JsonObject> errors)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in operation.Variables)
        {
            JsonNode? node = null;
            var posted = input is not null && input.TryGetPropertyValue(definition.Name, out node);
            if (!posted && definition.DefaultValue is { } defaultValue)
            {
                values[definition.Name] = InputCoercion.CoerceLiteral(defaultValue, definition.Type, schema, values);
                continue;
            }

            if (!posted && !definition.Type.IsNonNull)
            {
                continue;
            }

            var problemPath = new List<int>();
            if (InputCoercion.TryCoerceJson(node, definition.Type, schema, problemPath, out var value, out var problem))
            {
                values[definition.Name] = value;
                continue;
            }

            // graphql-ruby's (and GitHub's) shape for a bad variable.
            var extensions = new JsonObject
            {
                ["value"] = node?.DeepClone(),
                ["problems"] = new JsonArray(new JsonObject
                {
                    ["path"] = new JsonArray([.. problemPath.Select(i => (JsonNode)JsonValue.Create(i))]),
                    ["explanation"] = problem,
                }),
            };
            errors.Add(ErrorJson.Create(
                $"Variable ${definition.Name} of type {definition.Type} was provided invalid value",
                definition.Location,
                extensions: extensions));
        }

        return values;
    }
}
