namespace Bowsprit.Crier;

/// <summary>How failed reports are retried: quickly in place first, then by requeueing with a growing delay.</summary>
public sealed class ReportRetryOptions
{
    /// <summary>In-place retries of a transient failure (5xx, rate limit, network) before the job is requeued.</summary>
    public int Attempts { get; set; } = 3;

    /// <summary>First backoff step; doubled each retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest single wait, including a rate limit's reset time (a later requeue picks up from there).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reports of one job state that fail with a non-transient error (a 4xx validation error, a broken template)
    /// before crier gives up on that state; such errors do not heal by waiting, so they are never retried forever.
    /// </summary>
    public int PermanentFailureAttempts { get; set; } = 3;
}
