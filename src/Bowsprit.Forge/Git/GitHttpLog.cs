using Microsoft.Extensions.Logging;

namespace Bowsprit.Forge.Git;

internal static partial class GitHttpLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "git http-backend for {Org}/{Repo} exited with {ExitCode}: {Error}")]
    public static partial void BackendFailed(ILogger logger, string org, string repo, int exitCode, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Push handler failed for {Org}/{Repo}")]
    public static partial void PushHandlerFailed(ILogger logger, Exception exception, string org, string repo);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Push to {Org}/{Repo} by {Pusher} changed {Count} refs")]
    public static partial void Pushed(ILogger logger, string org, string repo, string pusher, int count);
}
