using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Forge.Graph;

/// <summary><c>POST /api/graphql</c>, GitHub Enterprise's GraphQL location.</summary>
public static class ForgeGraphEndpoints
{
    public static IServiceCollection AddForgeGraphQL(this IServiceCollection services) =>
        services.AddSingleton(new GraphQLExecutor(ForgeGraphSchema.Build()));

    public static void MapForgeGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/graphql", async (HttpContext http, ForgeContext forge, GraphQLExecutor executor) =>
        {
            JsonNode? body;
            try
            {
                // Duplicate names are malformed here: JsonObject would otherwise throw on first access.
                body = await JsonNode.ParseAsync(http.Request.Body, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }, cancellationToken: http.RequestAborted);
            }
            catch (JsonException)
            {
                throw new ForgeApiException(400, "Problems parsing JSON");
            }

            var remaining = int.TryParse(http.Response.Headers["X-RateLimit-Remaining"], NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 5000;
            var reset = long.TryParse(http.Response.Headers["X-RateLimit-Reset"], NumberStyles.None, CultureInfo.InvariantCulture, out var epoch)
                ? DateTimeOffset.FromUnixTimeSeconds(epoch) : forge.Time.GetUtcNow().AddHours(1);
            var root = new GraphRoot(forge, ForgeContext.Viewer(http), remaining, reset);
            var result = await executor.ExecuteAsync(GraphQLRequest.FromJson(body), root, http.RequestAborted);
            return Results.Text(result.ToJsonString(), "application/json; charset=utf-8");
        });
    }
}
