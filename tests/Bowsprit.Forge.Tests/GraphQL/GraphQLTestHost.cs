using System.Text.Json.Nodes;
using Bowsprit.Forge.GraphQL;

namespace Bowsprit.Forge.Tests.GraphQL;

/// <summary>Runs queries against <see cref="DemoSchema"/> and compares JSON, key order included.</summary>
internal static class GraphQLTestHost
{
    public static Task<JsonObject> ExecuteAsync(string query, string? variables = null, string? operationName = null, GraphQLExecutorOptions? options = null)
    {
        var request = new GraphQLRequest(query, operationName, variables is null ? null : JsonNode.Parse(variables)!.AsObject());
        return new GraphQLExecutor(DemoSchema.Schema, options).ExecuteAsync(request, DemoSchema.CreateRoot(), TestContext.Current.CancellationToken);
    }

    /// <summary>Asserts the response is exactly <paramref name="expected"/> (relaxed JSON syntax: single quotes allowed).</summary>
    public static void AssertJson(string expected, JsonNode? actual)
    {
        var normalized = JsonNode.Parse(expected.Replace('\'', '"'))?.ToJsonString() ?? "null";
        Assert.Equal(normalized, actual?.ToJsonString() ?? "null");
    }

    /// <summary>The single error of a request that was refused: no data, one error.</summary>
    public static JsonObject SingleRequestError(JsonObject response)
    {
        Assert.False(response.ContainsKey("data"), response.ToJsonString());
        var errors = response["errors"]!.AsArray();
        Assert.True(errors.Count == 1, response.ToJsonString());
        return errors[0]!.AsObject();
    }

    public static string? Message(JsonNode? error) => error?["message"]?.GetValue<string>();
}
