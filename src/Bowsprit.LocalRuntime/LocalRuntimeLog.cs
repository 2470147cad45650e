using Microsoft.Extensions.Logging;

namespace Bowsprit.LocalRuntime;

internal static partial class LocalRuntimeLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "bubblewrap (bwrap) is not on PATH: jobs run unsandboxed and can read everything this user can")]
    public static partial void SandboxUnavailable(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Job {Job} finished: {Phase}, exit code {ExitCode}")]
    public static partial void RunFinished(ILogger logger, string job, Bowsprit.Core.Runtime.JobRunPhase phase, int? exitCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Job {Job} failed in the runtime")]
    public static partial void RunCrashed(ILogger logger, Exception exception, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Job {Job}: killed process {Pid} left running by a previous Bowsprit process; the run is lost")]
    public static partial void OrphanKilled(ILogger logger, string job, int pid);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the pid of the run in {Workspace}; a restart could not clean it up")]
    public static partial void PidNotRecorded(ILogger logger, Exception exception, string workspace);
}
