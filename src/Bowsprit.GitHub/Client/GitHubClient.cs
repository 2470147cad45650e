using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bowsprit.GitHub.Apps;
using Bowsprit.GitHub.Json;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>
/// Bowsprit's GitHub client: a typed <see cref="HttpClient"/> for REST v3 and GraphQL. GETs are revalidated
/// with <c>If-None-Match</c> (a 304 costs no rate limit), pages are followed through <c>Link</c> headers, and
/// 5xx answers and short rate-limit waits are retried. The same code talks to github.com, GitHub Enterprise,
/// ghproxy and the local forge: only <see cref="GitHubClientOptions.ApiUrl"/> differs. Requests carry
/// <see cref="GitHubClientOptions.Token"/>, or when a token source is given (a GitHub App) the token it picks per request.
/// </summary>
public sealed partial class GitHubClient(HttpClient http, GitHubClientOptions options, TimeProvider time, IGitHubTokenSource? tokens = null)
{
    private const int MaxPages = 100;
    private readonly EtagCache _cache = new(2048);

    public GitHubClientOptions Options => options;

    /// <summary>The budget reported by the last response.</summary>
    public RateLimit? LastRateLimit { get; private set; }

    internal async Task<T> GetAsync<T>(string path, CancellationToken ct) =>
        Read<T>(await SendAsync(HttpMethod.Get, path, null, ct));

    /// <summary>A GET answered 404 returns null instead of throwing (for "does this exist" calls).</summary>
    internal async Task<T?> GetOrNullAsync<T>(string path, CancellationToken ct)
        where T : class
    {
        try
        {
            return await GetAsync<T>(path, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return null;
        }
    }

    internal async Task<List<T>> GetAllPagesAsync<T>(string path, CancellationToken ct)
    {
        var items = new List<T>();
        var next = path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "per_page=100";
        for (var page = 0; next is not null && page < MaxPages; page++)
        {
            var response = await SendAsync(HttpMethod.Get, next, null, ct);
            items.AddRange(Read<List<T>>(response));
            next = NextLink(response.Links);
        }

        return items;
    }

    internal async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct) =>
        Read<T>(await SendAsync(method, path, body, ct));

    internal async Task SendNoContentAsync(HttpMethod method, string path, object? body, CancellationToken ct) =>
        await SendAsync(method, path, body, ct);

    /// <summary>True for 204, false for 404: GitHub's answer to membership-style questions.</summary>
    internal async Task<bool> ProbeAsync(string path, CancellationToken ct)
    {
        try
        {
            var response = await SendAsync(HttpMethod.Get, path, null, ct);
            return response.Status is HttpStatusCode.NoContent or HttpStatusCode.OK;
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return false;
        }
    }

    private async Task<CachedResponse> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var url = path.StartsWith("http", StringComparison.Ordinal) ? path : $"{options.ApiUrl.TrimEnd('/')}/{path.TrimStart('/')}";
        var token = tokens is null ? options.Token : await tokens.TokenForAsync(path, ct);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url);
            request.Headers.Accept.ParseAdd("application/vnd.github+json");
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            request.Headers.Add("X-GitHub-Api-Version", "2022-11-28");
            if (!string.IsNullOrEmpty(token))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var cached = method == HttpMethod.Get ? _cache.Get(url) : null;
            if (cached is not null)
            {
                request.Headers.IfNoneMatch.ParseAdd(cached.ETag);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, body.GetType(), options: GitHubJson.Options);
            }

            using var response = await http.SendAsync(request, ct);
            LastRateLimit = RateLimitOf(response) ?? LastRateLimit;
            if (response.StatusCode == HttpStatusCode.NotModified && cached is not null)
            {
                return cached;
            }

            var bytes = await response.Content.ReadAsByteArrayAsync(ct);
            var links = response.Headers.TryGetValues("Link", out var link) ? string.Join(",", link) : null;
            if (response.IsSuccessStatusCode)
            {
                var result = new CachedResponse(response.StatusCode, bytes, links, response.Headers.ETag?.ToString());
                if (method == HttpMethod.Get && result.ETag is not null)
                {
                    _cache.Put(url, result);
                }

                return result;
            }

            var delay = RetryDelay(response, attempt);
            if (delay is null)
            {
                var hint = RateLimitWait(response);
                throw new GitHubApiException(response.StatusCode, method.Method, path, ErrorOf(bytes))
                {
                    IsRateLimited = hint is not null,
                    RetryAfter = hint,
                };
            }

            await Task.Delay(delay.Value, time, ct);
        }
    }

    /// <summary>Retry server errors and rate limits (primary or secondary) that reset within the allowed wait.</summary>
    private TimeSpan? RetryDelay(HttpResponseMessage response, int attempt)
    {
        if (attempt >= options.MaxAttempts)
        {
            return null;
        }

        if ((int)response.StatusCode >= 500)
        {
            return options.RetryDelay * Math.Pow(2, attempt - 1);
        }

        return RateLimitWait(response) is { } wait && wait <= options.MaxRateLimitWait ? wait : null;
    }

    /// <summary>For a 403/429 rate-limit answer, how long GitHub asks to wait (zero when the reset already passed); else null.</summary>
    private TimeSpan? RateLimitWait(HttpResponseMessage response)
    {
        if ((int)response.StatusCode is not (403 or 429))
        {
            return null;
        }

        if (response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            return retryAfter;
        }

        if (response.Headers.RetryAfter?.Date is { } retryAt)
        {
            var until = retryAt - time.GetUtcNow();
            return until < TimeSpan.Zero ? TimeSpan.Zero : until;
        }

        if (response.Headers.TryGetValues("X-RateLimit-Remaining", out var remaining) && remaining.FirstOrDefault() == "0" &&
            response.Headers.TryGetValues("X-RateLimit-Reset", out var reset) &&
            long.TryParse(reset.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var wait = DateTimeOffset.FromUnixTimeSeconds(epoch) - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static T Read<T>(CachedResponse response) =>
        JsonSerializer.Deserialize<T>(response.Body, GitHubJson.Options) ?? throw new JsonException($"empty {typeof(T).Name} response");

    private static GitHubError? ErrorOf(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize<GitHubError>(body, GitHubJson.Options);
        }
        catch (JsonException)
        {
            return new GitHubError { Message = System.Text.Encoding.UTF8.GetString(body) };
        }
    }

    private static RateLimit? RateLimitOf(HttpResponseMessage response)
    {
        static int? Header(HttpResponseMessage r, string name) =>
            r.Headers.TryGetValues(name, out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

        if (Header(response, "X-RateLimit-Limit") is not { } limit)
        {
            return null;
        }

        return new RateLimit { Limit = limit, Remaining = Header(response, "X-RateLimit-Remaining") ?? 0, Used = Header(response, "X-RateLimit-Used") ?? 0, Reset = Header(response, "X-RateLimit-Reset") ?? 0 };
    }

    private static string? NextLink(string? links)
    {
        foreach (var part in (links ?? "").Split(','))
        {
            var segments = part.Split(';');
            if (segments.Length >= 2 && segments[1].Trim() == "rel=\"next\"")
            {
                return segments[0].Trim().TrimStart('<').TrimEnd('>');
            }
        }

        return null;
    }

    private static string E(string value) => Uri.EscapeDataString(value);
}
