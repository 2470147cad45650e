using Bowsprit.Core.Api;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Trigger's log lines; each names the job, run and PR it is about.</summary>
internal static partial class TriggerLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Created {Type} {Job} ({ProwJob}) for {Org}/{Repo} at {Sha}")]
    public static partial void Created(ILogger logger, ProwJobType type, string job, string prowJob, string org, string repo, string sha);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped {Job} for {Org}/{Repo} at {Sha}: this delivery already created it")]
    public static partial void AlreadyCreated(ILogger logger, string job, string org, string repo, string sha);

    [LoggerMessage(Level = LogLevel.Information, Message = "Aborted {Job} ({ProwJob}) of {Org}/{Repo}#{Number}")]
    public static partial void Aborted(ILogger logger, string job, string prowJob, string org, string repo, int number);

    [LoggerMessage(Level = LogLevel.Information, Message = "Not testing {Org}/{Repo}#{Number}: it is not mergeable")]
    public static partial void NotMergeable(ILogger logger, string org, string repo, int number);

    [LoggerMessage(Level = LogLevel.Error, Message = "Creating {Job} for {Org}/{Repo} failed")]
    public static partial void CreateFailed(ILogger logger, string job, string org, string repo, Exception exception);
}
