using Bowsprit.Core.Api;

namespace Bowsprit.Crier.GitHub;

/// <summary>Prow's ProwJob state → GitHub commit status state: an aborted job counts as a failure, not an error.</summary>
public static class CommitStates
{
    public const string Pending = "pending";
    public const string Success = "success";
    public const string Failure = "failure";
    public const string Error = "error";

    public static string For(ProwJobState state) => state switch
    {
        ProwJobState.Scheduling or ProwJobState.Triggered or ProwJobState.Pending => Pending,
        ProwJobState.Success => Success,
        ProwJobState.Error => Error,
        ProwJobState.Failure or ProwJobState.Aborted => Failure,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "unknown ProwJob state"),
    };
}
