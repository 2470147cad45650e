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

    /// <summary>
    /// <c>finished.json</c>'s verdict for the steps' codes: passed when every code is 0; the result is SUCCESS, else
    /// ABORTED when any step was interrupted, else FAILURE.
    /// </summary>
    public static (bool Passed, string Result) Outcome(IReadOnlyCollection<int> codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        var passed = codes.All(static c => c == 0);
        return (passed, passed ? "SUCCESS" : codes.Contains(Aborted) ? "ABORTED" : "FAILURE");
    }
}
