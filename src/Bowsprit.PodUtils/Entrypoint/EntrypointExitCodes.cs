namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>Exit codes the entrypoint writes to the marker file besides the command's own (spec 5.3).</summary>
public static class EntrypointExitCodes
{
    /// <summary>The command could not be started, timed out, or the entrypoint itself failed.</summary>
    public const int InternalError = 127;

    /// <summary>A previous step's marker reported failure, so this step did not run.</summary>
    public const int PreviousStepFailed = 129;

    /// <summary>The entrypoint was interrupted (SIGINT/SIGTERM, or cancellation in-process).</summary>
    public const int Aborted = 130;
}
