using System.Net;
using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>A GitHub API call failed; carries the status and GitHub's error message.</summary>
public sealed class GitHubApiException(HttpStatusCode status, string method, string path, GitHubError? error)
    : Exception($"{method} {path}: {(int)status} {error?.Message ?? status.ToString()}")
{
    public HttpStatusCode StatusCode { get; } = status;

    public GitHubError? Error { get; } = error;

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    /// <summary>
    /// A 403/429 that GitHub marked as a rate limit (primary: <c>X-RateLimit-Remaining: 0</c>; secondary:
    /// <c>Retry-After</c>): callers that outlive the client's own short waits retry after <see cref="RetryAfter"/>.
    /// </summary>
    public bool IsRateLimited { get; init; }

    /// <summary>How long GitHub asked to wait (Retry-After, or until X-RateLimit-Reset); null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
