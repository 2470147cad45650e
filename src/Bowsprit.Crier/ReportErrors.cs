using System.Net;
using Bowsprit.Crier.Slack;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Crier;

/// <summary>Which report failures heal by waiting (server errors, rate limits, the network) and how long the server asked to wait.</summary>
public static class ReportErrors
{
    public static bool IsTransient(Exception error) => error switch
    {
        GitHubApiException github => (int)github.StatusCode >= 500 || github.StatusCode == HttpStatusCode.TooManyRequests || github.IsRateLimited
            // GitHub's secondary limits sometimes come as a bare 403 whose message names the limit.
            || (github.StatusCode == HttpStatusCode.Forbidden && (github.Error?.Message ?? "").Contains("rate limit", StringComparison.OrdinalIgnoreCase)),
        SlackApiException slack => slack.IsTransient,
        HttpRequestException or TimeoutException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };

    public static TimeSpan? RetryAfter(Exception? error) => error switch
    {
        GitHubApiException github => github.RetryAfter,
        SlackApiException slack => slack.RetryAfter,
        _ => null,
    };
}
