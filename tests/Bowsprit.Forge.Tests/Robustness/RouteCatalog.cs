using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Every route of a running forge, read from its endpoint data source (so new routes are covered automatically).</summary>
public static class RouteCatalog
{
    private static readonly string[] MethodOrder = ["GET", "POST", "PATCH", "PUT", "DELETE"];

    /// <summary>
    /// The routes, one per method, reads first and deletes last: a delete that succeeds on the existing resource must
    /// not leave the other routes nothing to chew on.
    /// </summary>
    public static IReadOnlyList<ForgeRoute> Read(IServiceProvider services)
    {
        var routes = new List<ForgeRoute>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // A fallback has no method metadata: it answers whatever nothing else does.
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            routes.AddRange(methods.Select(m => new ForgeRoute(m, endpoint.RoutePattern)));
        }

        return [.. routes
            .OrderBy(r => Array.IndexOf(MethodOrder, r.Method) is var i and >= 0 ? i : MethodOrder.Length)
            .ThenBy(r => r.Template, StringComparer.Ordinal)];
    }
}
