using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bowsprit.Spyglass.Logs;
using Bowsprit.Spyglass.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Bowsprit.Spyglass;

/// <summary>
/// Spyglass's routes: the job page at Prow's <c>/view/PROVIDER/BUCKET/PATH</c>, raw artifacts, the build log API
/// (<c>op=index|lines|tail|search</c>) and the static script and stylesheet. Malformed or climbing paths are a
/// 400, unknown buckets and missing objects a 404; nothing outside a configured bucket is ever read.
/// </summary>
public static class SpyglassEndpoints
{
    private static readonly TimeSpan SearchBudget = TimeSpan.FromSeconds(20);

    public static IEndpointRouteBuilder MapSpyglass(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/view/{provider}/{bucket}/{**path}", ViewAsync);
        app.MapGet("/spyglass/raw/{provider}/{bucket}/{**key}", RawAsync);
        app.MapGet("/spyglass/log/{provider}/{bucket}/{**path}", LogAsync);
        app.MapGet("/spyglass/static/{name}", Static);
        return app;
    }

    private static async Task<IResult> ViewAsync(string provider, string bucket, string? path, JobResolver resolver, JobPageRenderer renderer,
        ISpyglassPageShell shell, CancellationToken ct)
    {
        try
        {
            var job = await resolver.ResolveAsync(provider, bucket, path ?? "", ct).ConfigureAwait(false);
            if (job is null)
            {
                return Results.NotFound($"Bucket {provider}/{bucket} is not one spyglass may read.");
            }

            var page = await renderer.RenderAsync(job, ct).ConfigureAwait(false);
            return page is null
                ? Results.NotFound($"No artifacts or job found at {provider}://{bucket}/{path}.")
                : Results.Content(shell.Render(page), "text/html; charset=utf-8");
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(e.Message);
        }
    }

    private static async Task RawAsync(string provider, string bucket, string? key, HttpContext http, SpyglassOptions options, CancellationToken ct)
    {
        if (options.FindBucket(provider, bucket) is not { } store)
        {
            await WriteTextAsync(http, 404, "Unknown bucket.", ct).ConfigureAwait(false);
            return;
        }

        try
        {
            var size = await store.GetSizeAsync(key ?? "", ct).ConfigureAwait(false);
            if (size is null)
            {
                await WriteTextAsync(http, 404, "No such artifact.", ct).ConfigureAwait(false);
                return;
            }

            var response = http.Response;
            response.ContentType = ArtifactContentTypes.For(key!);
            response.Headers.XContentTypeOptions = "nosniff";
            // Artifacts are job output: never let one run script in this origin.
            response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";
            // filename* carries names that are not plain ASCII, which a raw header value cannot.
            var disposition = new ContentDispositionHeaderValue("inline");
            disposition.SetHttpFileName(Path.GetFileName(key!));
            response.Headers.ContentDisposition = disposition.ToString();
            await store.CopyToAsync(key!, response.Body, ct).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            await WriteTextAsync(http, 400, "Invalid artifact path.", ct).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            await WriteTextAsync(http, 404, "No such artifact.", ct).ConfigureAwait(false);
        }
    }

    private static async Task LogAsync(string provider, string bucket, string? path, HttpContext http, JobResolver resolver, LogService logs,
        SpyglassOptions options, CancellationToken ct)
    {
        var query = http.Request.Query;
        var file = query["file"].ToString();
        try
        {
            var job = await resolver.ResolveAsync(provider, bucket, path ?? "", ct).ConfigureAwait(false);
            if (job is null)
            {
                await WriteTextAsync(http, 404, "Unknown bucket.", ct).ConfigureAwait(false);
                return;
            }

            // A running job's log may not exist yet; it reads as empty until the job writes its first byte.
            if (await job.Store.GetSizeAsync(job.Key(file), ct).ConfigureAwait(false) is null && await resolver.IsFinishedAsync(job, ct).ConfigureAwait(false))
            {
                await WriteTextAsync(http, 404, "No such log.", ct).ConfigureAwait(false);
                return;
            }

            // The highlight pattern comes from config, never from the request: a client-supplied regex runs on every line.
            var pattern = HighlightRegexes.Pattern(Lenses.LensSelector.BuildLogConfig(options.Config()?.Lenses));
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            await using (var json = new Utf8JsonWriter(buffer))
            {
                switch (query["op"].ToString())
                {
                    case "index":
                        await logs.WriteIndexAsync(json, job, file, pattern, ct).ConfigureAwait(false);
                        break;
                    case "lines":
                        await logs.WriteLinesAsync(json, job, file, pattern, Long(query["from"]), (int)Long(query["count"], 200), ct).ConfigureAwait(false);
                        break;
                    case "tail":
                        await logs.WriteTailAsync(json, job, file, pattern, Long(query["line"]), Long(query["offset"]), query["style"].ToString(), ct).ConfigureAwait(false);
                        break;
                    case "search":
                        var q = query["q"].ToString();
                        if (q.Length == 0)
                        {
                            await WriteTextAsync(http, 400, "Empty search.", ct).ConfigureAwait(false);
                            return;
                        }

                        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(ct))
                        {
                            budget.CancelAfter(SearchBudget);
                            await logs.WriteSearchAsync(json, job, file, pattern, q, query["regex"] == "1", budget.Token).ConfigureAwait(false);
                        }

                        break;
                    default:
                        await WriteTextAsync(http, 400, "op must be index, lines, tail or search.", ct).ConfigureAwait(false);
                        return;
                }
            }

            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            await http.Response.Body.WriteAsync(buffer.WrittenMemory, ct).ConfigureAwait(false);
        }
        catch (RegexParseException e)
        {
            await WriteTextAsync(http, 400, "Invalid regex: " + e.Message, ct).ConfigureAwait(false);
        }
        catch (ArgumentException)
        {
            await WriteTextAsync(http, 400, "Invalid path.", ct).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            await WriteTextAsync(http, 404, "No such log.", ct).ConfigureAwait(false);
        }
    }

    private static IResult Static(string name)
    {
        var contentType = name switch
        {
            "spyglass.js" => "text/javascript; charset=utf-8",
            "spyglass.css" => "text/css; charset=utf-8",
            _ => null,
        };
        var stream = contentType is null ? null : typeof(SpyglassEndpoints).Assembly.GetManifestResourceStream(name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }

    private static long Long(Microsoft.Extensions.Primitives.StringValues value, long fallback = 0) =>
        long.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static Task WriteTextAsync(HttpContext http, int status, string text, CancellationToken ct)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync(text, ct);
    }
}
