namespace Bowsprit.Core.Api;

/// <summary>State predicates shared by every component.</summary>
public static class ProwJobStates
{
    /// <summary>Success, failure, aborted and error are final: the job never changes state again.</summary>
    public static bool IsComplete(this ProwJobState state) =>
        state is ProwJobState.Success or ProwJobState.Failure or ProwJobState.Aborted or ProwJobState.Error;

    public static string ToWire(this ProwJobState state) => state switch
    {
        ProwJobState.Scheduling => "scheduling",
        ProwJobState.Triggered => "triggered",
        ProwJobState.Pending => "pending",
        ProwJobState.Success => "success",
        ProwJobState.Failure => "failure",
        ProwJobState.Aborted => "aborted",
        ProwJobState.Error => "error",
        _ => "",
    };

    public static string ToWire(this ProwJobType type) => type switch
    {
        ProwJobType.Presubmit => "presubmit",
        ProwJobType.Postsubmit => "postsubmit",
        ProwJobType.Periodic => "periodic",
        _ => "batch",
    };

    public static bool TryParseType(string? value, out ProwJobType type)
    {
        switch (value)
        {
            case "presubmit": type = ProwJobType.Presubmit; return true;
            case "postsubmit": type = ProwJobType.Postsubmit; return true;
            case "periodic": type = ProwJobType.Periodic; return true;
            case "batch": type = ProwJobType.Batch; return true;
            default: type = default; return false;
        }
    }

    public static bool TryParseState(string? value, out ProwJobState state)
    {
        foreach (var candidate in Enum.GetValues<ProwJobState>())
        {
            if (candidate != ProwJobState.None && candidate.ToWire() == value)
            {
                state = candidate;
                return true;
            }
        }

        state = ProwJobState.None;
        return false;
    }
}
