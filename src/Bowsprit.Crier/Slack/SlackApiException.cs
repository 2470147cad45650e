namespace Bowsprit.Crier.Slack;

/// <summary>Slack refused or failed a message; <see cref="IsTransient"/> when waiting may help (5xx, rate limit).</summary>
public sealed class SlackApiException(string message, bool isTransient, TimeSpan? retryAfter = null) : Exception(message)
{
    public bool IsTransient { get; } = isTransient;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
