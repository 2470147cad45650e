using Bowsprit.Core.Api;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plank;

/// <summary>plank's log messages (source-generated).</summary>
public sealed partial class PlankController
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} is now {State}: {Detail}")]
    private partial void LogTransition(string job, ProwJobState state, string? detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleting run {Job}: no ProwJob owns it")]
    private partial void LogOrphan(string job);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Conflict writing job {Job} (attempt {Attempt}): {Reason}")]
    private partial void LogConflict(string job, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling job {Job} failed; retrying")]
    private partial void LogReconcileFailed(string job, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watch of {What} ended; restarting")]
    private partial void LogWatchRestart(string what, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "job_url_template failed for job {Job}: {Reason}")]
    private partial void LogUrlFailed(string job, string reason);
}
