using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bowsprit.Forge.State;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Forge.Api;

/// <summary>
/// What every <c>/api</c> request goes through, as on GitHub: token authentication, the rate-limit budget and
/// its headers, ETag revalidation (a matching <c>If-None-Match</c> gets 304 and costs nothing), and GitHub's
/// error JSON for failures — including anything unexpected, so bad input never crashes the forge.
/// </summary>
public sealed partial class ApiPipeline(RequestDelegate next, ForgeDatabase database, ForgeRateLimiter limiter, ForgeOptions options, ILogger<ApiPipeline> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            await next(context);
            return;
        }

        var token = TokenOf(context.Request);
        string? login = null;
        if (token is not null && AppJwt.LooksLikeJwt(token))
        {
            // A GitHub App speaking as itself: only the /app endpoints know it; elsewhere it is nobody.
            var now = database.Time.GetUtcNow();
            var app = await database.ReadAsync(s => AppJwt.Verify(s, token, now), context.RequestAborted);
            if (app is null)
            {
                await ApiJson.Error(401, "A JSON web token could not be decoded").ExecuteAsync(context);
                return;
            }

            AppJwt.Attach(context, app.Value);
            token = null;
        }

        if (token is not null)
        {
            var now = database.Time.GetUtcNow();
            login = await database.ReadAsync(s => s.LoginOf(token, now), context.RequestAborted);
            if (login is null)
            {
                await ApiJson.Error(401, "Bad credentials").ExecuteAsync(context);
                return;
            }
        }

        var caller = new ForgeCaller(login, login is null ? $"ip:{context.Connection.RemoteIpAddress}" : $"token:{Hash(token!)}");
        caller.Attach(context);
        var budget = limiter.Spend(caller.RateKey, login is null ? options.AnonymousRateLimit : options.RateLimit);
        SetRateHeaders(context.Response, budget);
        if (!budget.Allowed)
        {
            await ApiJson.Error(403, $"API rate limit exceeded for {(login is null ? "this client" : $"user {login}")}.").ExecuteAsync(context);
            return;
        }

        var isGet = HttpMethods.IsGet(context.Request.Method);
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        if (isGet)
        {
            context.Response.Body = buffer;
        }

        try
        {
            await next(context);
        }
        catch (ForgeApiException e)
        {
            await WriteErrorAsync(context, e.StatusCode, e.Message, e.Errors, buffer);
        }
        catch (BadHttpRequestException e)
        {
            await WriteErrorAsync(context, 400, e.Message, null, buffer);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, context.Request.Method, context.Request.Path, e);
            await WriteErrorAsync(context, 500, "Server Error", null, buffer);
        }

        // Errors ASP.NET Core answers without a body (no route, wrong method, a route value it could not bind) get
        // GitHub's error JSON too.
        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && buffer.Length == 0 && context.Response.ContentLength is null or 0)
        {
            await WriteErrorAsync(context, context.Response.StatusCode, ReasonPhrases.GetReasonPhrase(context.Response.StatusCode), null, buffer);
        }

        if (!isGet)
        {
            return;
        }

        context.Response.Body = original;
        if (context.Response.StatusCode == 200)
        {
            var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..40]}\"";
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch.Any(v => v == etag || v == "W/" + etag))
            {
                limiter.Refund(caller.RateKey);
                SetRateHeaders(context.Response, budget with { Remaining = budget.Remaining + 1, Used = budget.Used - 1 });
                context.Response.StatusCode = 304;
                context.Response.ContentLength = 0;
                return;
            }
        }

        context.Response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static async Task WriteErrorAsync(HttpContext context, int status, string message, List<GitHub.Models.GitHubErrorDetail>? errors, MemoryStream buffer)
    {
        if (context.Response.HasStarted)
        {
            return;
        }

        buffer.SetLength(0);
        context.Response.Headers.Remove("Link");
        await ApiJson.Error(status, message, errors).ExecuteAsync(context);
    }

    /// <summary><c>Authorization: Bearer|token X</c>, or basic auth with the token as password (git's way).</summary>
    public static string? TokenOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header[7..].Trim();
        }

        if (header.StartsWith("token ", StringComparison.OrdinalIgnoreCase))
        {
            return header[6..].Trim();
        }

        if (header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
                var colon = decoded.IndexOf(':', StringComparison.Ordinal);
                return colon >= 0 ? decoded[(colon + 1)..] : decoded;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }

    private static void SetRateHeaders(HttpResponse response, RateLimitState budget)
    {
        response.Headers["X-RateLimit-Limit"] = budget.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = budget.Remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Used"] = budget.Used.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = budget.Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Resource"] = "core";
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error serving {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, string method, PathString path, Exception exception);
}
