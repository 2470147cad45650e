using Polly;
using Polly.Retry;

namespace Bowsprit.Crier;

/// <summary>The in-place retry around one report: exponential backoff with jitter, or exactly the wait the server asked for.</summary>
internal static class ReportPipeline
{
    public static ResiliencePipeline Create(ReportRetryOptions options, TimeProvider time, Action<Exception, TimeSpan> onRetry)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.Attempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.Attempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = new PredicateBuilder().Handle<Exception>(ReportErrors.IsTransient),
                DelayGenerator = args => ValueTask.FromResult(
                    ReportErrors.RetryAfter(args.Outcome.Exception) is { } wait ? (TimeSpan?)Min(wait, options.MaxDelay) : null),
                OnRetry = args =>
                {
                    onRetry(args.Outcome.Exception!, args.RetryDelay);
                    return default;
                },
            });
        }

        return builder.Build();
    }

    /// <summary>Delay before a failed job is looked at again: the server's wait if it gave one, else doubling per failure.</summary>
    public static TimeSpan RequeueDelay(ReportRetryOptions options, int failures, Exception error)
    {
        var backoff = options.BaseDelay * Math.Pow(2, Math.Min(failures, 20));
        var wait = ReportErrors.RetryAfter(error) is { } asked && asked > backoff ? asked : backoff;
        return Min(wait, options.MaxDelay);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
