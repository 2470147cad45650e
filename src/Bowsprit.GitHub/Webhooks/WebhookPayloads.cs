using System.Text.Json;
using Bowsprit.GitHub.Json;

namespace Bowsprit.GitHub.Webhooks;

/// <summary>Parses webhook bodies by <c>X-GitHub-Event</c> name into the typed events Bowsprit handles.</summary>
public static class WebhookPayloads
{
    /// <summary>The events Bowsprit has types for.</summary>
    public static readonly IReadOnlySet<string> KnownEvents = new HashSet<string>(StringComparer.Ordinal)
    {
        "pull_request", "issues", "issue_comment", "pull_request_review", "pull_request_review_comment",
        "push", "status", "create", "delete",
    };

    /// <summary>
    /// The typed event, or null for an event Bowsprit does not model (those still reach external plugins).
    /// Throws <see cref="JsonException"/> for a body that is not a valid payload of that event.
    /// </summary>
    public static object? Parse(string eventName, ReadOnlySpan<byte> body) => eventName switch
    {
        "pull_request" => Deserialize<PullRequestEvent>(body),
        "issues" => Deserialize<IssuesEvent>(body),
        "issue_comment" => Deserialize<IssueCommentEvent>(body),
        "pull_request_review" => Deserialize<PullRequestReviewEvent>(body),
        "pull_request_review_comment" => Deserialize<PullRequestReviewCommentEvent>(body),
        "push" => Deserialize<PushEvent>(body),
        "status" => Deserialize<StatusEvent>(body),
        "create" or "delete" => Deserialize<RefEvent>(body),
        _ => null,
    };

    private static T Deserialize<T>(ReadOnlySpan<byte> body) =>
        JsonSerializer.Deserialize<T>(body, GitHubJson.Options) ?? throw new JsonException($"empty {typeof(T).Name} payload");
}
