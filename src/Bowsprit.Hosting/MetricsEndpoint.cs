using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Prometheus;

namespace Bowsprit.Hosting;

/// <summary>
/// <c>GET /metrics</c> for every component in this process: each component keeps its metrics in its own
/// registry (no global state) and registers it as a <see cref="CollectorRegistry"/> service; this exports them all.
/// </summary>
public static class MetricsEndpoint
{
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", async (HttpContext http, IEnumerable<CollectorRegistry> registries) =>
        {
            http.Response.ContentType = "text/plain; version=0.0.4";
            foreach (var registry in registries)
            {
                await registry.CollectAndExportAsTextAsync(http.Response.Body, http.RequestAborted);
            }
        });
        return app;
    }
}
