using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hosting;
using Bowsprit.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hook;

/// <summary>
/// <c>POST /hook</c>: Prow's checks in Prow's order and status codes, then the delivery is committed to the
/// durable inbox before GitHub gets its 200. Every outcome is logged with the delivery id, never a secret.
/// </summary>
public static partial class HookEndpoints
{
    public const string Accepted = "Event received. Have a nice day.";

    public static IEndpointRouteBuilder MapHook(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/hook", ["POST"], HandleAsync);
        app.MapMethods("/hook", ["GET", "PUT", "DELETE", "PATCH"], (HookMetrics metrics) => Respond(metrics, 405, "405 Method not allowed"));
        app.MapGet("/", () => Results.Text("Bowsprit hook. POST GitHub webhooks to /hook."));
        app.MapGet("/plugin-help", (PluginHelpProvider help) => Results.Json(help.Build()));
        app.MapPost("/hook/replay", ReplayAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, HookOptions options, ConfigAgent<HmacSecrets> secrets, SqliteWebhookInbox inbox,
        HookWorker worker, HookMetrics metrics, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Bowsprit.Hook");
        var request = http.Request;
        var eventName = request.Headers["X-GitHub-Event"].ToString();
        var delivery = request.Headers["X-GitHub-Delivery"].ToString();
        var signature = request.Headers[WebhookSignature.Header].ToString();
        if (eventName.Length == 0)
        {
            return Reject(logger, metrics, delivery, 400, "400 Bad Request: Missing X-GitHub-Event Header");
        }

        if (delivery.Length == 0)
        {
            return Reject(logger, metrics, delivery, 400, "400 Bad Request: Missing X-GitHub-Delivery Header");
        }

        if (signature.Length == 0)
        {
            return Reject(logger, metrics, delivery, 403, "403 Forbidden: Missing X-Hub-Signature-256");
        }

        if (!(request.ContentType ?? "").StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(logger, metrics, delivery, 400, "400 Bad Request: Hook only accepts content-type: application/json - please reconfigure this hook on GitHub");
        }

        var body = await ReadBodyAsync(request, options.MaxBodyBytes, http.RequestAborted);
        if (body is null)
        {
            return Reject(logger, metrics, delivery, 413, "413 Payload Too Large");
        }

        var (repo, org, key, parsed) = Identify(body);
        if (!WebhookSignature.Verify(body, signature, secrets.Current.Value.For(repo, org)))
        {
            return Reject(logger, metrics, delivery, 403, "403 Forbidden: Invalid X-Hub-Signature-256");
        }

        if (!parsed)
        {
            return Reject(logger, metrics, delivery, 400, "400 Bad Request: Payload is not a JSON object");
        }

        metrics.WebhookCounter.WithLabels(eventName).Inc();
        if (await inbox.AddAsync(delivery, eventName, key ?? "", body, signature, time.GetUtcNow(), http.RequestAborted) is { } stored)
        {
            LogAccepted(logger, eventName, delivery, key);
            worker.Enqueue(stored);
        }
        else
        {
            LogDuplicate(logger, eventName, delivery);
        }

        return Respond(metrics, 200, Accepted);
    }

    /// <summary><c>POST /hook/replay</c>: marks deliveries received since a time pending again; signed like a delivery.</summary>
    private static async Task<IResult> ReplayAsync(HttpContext http, HookOptions options, ConfigAgent<HmacSecrets> secrets, SqliteWebhookInbox inbox,
        HookWorker worker, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger("Bowsprit.Hook");
        var body = await ReadBodyAsync(http.Request, 64 * 1024, http.RequestAborted);
        if (body is null || !WebhookSignature.Verify(body, http.Request.Headers[WebhookSignature.Header].ToString(), secrets.Current.Value.For(null, null)))
        {
            LogReplayRejected(logger, http.Connection.RemoteIpAddress?.ToString());
            return Results.Text("403 Forbidden: replay requests must be signed with the global HMAC token", statusCode: 403);
        }

        if (ReplayRequest.Parse(body) is not { } since)
        {
            return Results.Text("400 Bad Request: expected {\"since\": \"2026-11-24T10:00:00Z\"}", statusCode: 400);
        }

        var count = await inbox.ReplaySinceAsync(since, http.RequestAborted);
        LogReplayed(logger, count, since);
        worker.Poke();
        return Results.Json(new { replayed = count });
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit, CancellationToken ct)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        // GitHub always sends Content-Length (Kestrel enforces it): read straight into the final array, the
        // per-delivery hot path. Only chunked bodies need a growing buffer.
        if (request.ContentLength is { } length)
        {
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, ct);
            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
            {
                await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
                if (buffer.Length > limit)
                {
                    return null;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The repository and org a delivery is about (they select the HMAC tokens) and its ordering key: deliveries
    /// about the same pull request or issue must be processed in order; others are ordered per repository.
    /// </summary>
    internal static (string? Repo, string? Org, string? Key, bool Parsed) Identify(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, null, null, false);
            }

            var repo = root.TryGetProperty("repository", out var r) && r.ValueKind == JsonValueKind.Object && r.TryGetProperty("full_name", out var fn) ? fn.GetString() : null;
            var org = root.TryGetProperty("organization", out var o) && o.ValueKind == JsonValueKind.Object && o.TryGetProperty("login", out var login) ? login.GetString() : null;
            int? number = root.TryGetProperty("pull_request", out var pr) && pr.ValueKind == JsonValueKind.Object && pr.TryGetProperty("number", out var pn) && pn.TryGetInt32(out var p) ? p
                : root.TryGetProperty("issue", out var issue) && issue.ValueKind == JsonValueKind.Object && issue.TryGetProperty("number", out var inum) && inum.TryGetInt32(out var i) ? i
                : null;
            var key = repo is null ? org : number is null ? repo : $"{repo}#{number}";
            return (repo, org, key, true);
        }
        catch (JsonException)
        {
            return (null, null, null, false);
        }
    }

    private static IResult Reject(ILogger logger, HookMetrics metrics, string delivery, int status, string message)
    {
        LogRejected(logger, delivery, status, message);
        return Respond(metrics, status, message);
    }

    private static IResult Respond(HookMetrics metrics, int status, string message)
    {
        metrics.ResponseCodes.WithLabels(status.ToString(CultureInfo.InvariantCulture)).Inc();
        return Results.Text(message, statusCode: status);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected an unsigned or wrongly signed replay request from {Remote}")]
    private static partial void LogReplayRejected(ILogger logger, string? remote);

    [LoggerMessage(Level = LogLevel.Information, Message = "Replaying {Count} deliveries received since {Since}")]
    private static partial void LogReplayed(ILogger logger, int count, DateTimeOffset since);

    [LoggerMessage(Level = LogLevel.Information, Message = "Accepted {Event} delivery {Delivery} ({Key})")]
    private static partial void LogAccepted(ILogger logger, string @event, string delivery, string? key);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored duplicate {Event} delivery {Delivery}")]
    private static partial void LogDuplicate(ILogger logger, string @event, string delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected delivery {Delivery}: {Status} {Reason}")]
    private static partial void LogRejected(ILogger logger, string delivery, int status, string reason);
}
