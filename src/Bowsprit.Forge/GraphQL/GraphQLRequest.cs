using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bowsprit.Forge.GraphQL;

/// <summary>A GraphQL request as clients POST it: <c>{"query": ..., "variables": {...}, "operationName": ...}</c>.</summary>
public sealed record GraphQLRequest(string? Query, string? OperationName = null, JsonObject? Variables = null)
{
    /// <summary>
    /// Reads a posted body leniently: anything missing or of the wrong shape is left null for the
    /// executor to report. Variables sent as a JSON-encoded string are accepted too.
    /// </summary>
    public static GraphQLRequest FromJson(JsonNode? body)
    {
        if (body is not JsonObject obj)
        {
            return new GraphQLRequest(Query: null);
        }

        var variables = obj["variables"] switch
        {
            JsonObject o => o,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => ParseObject(v.GetValue<string>()),
            _ => null,
        };
        return new GraphQLRequest(ReadString(obj["query"]), ReadString(obj["operationName"]), variables);
    }

    private static string? ReadString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static JsonObject? ParseObject(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
