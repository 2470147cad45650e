namespace Bowsprit.Sinker;

/// <summary>What one cleaning pass removed, by Prow's metric reasons.</summary>
public sealed record SinkerReport
{
    /// <summary>ProwJobs removed because they completed and started longer than <c>max_prowjob_age</c> ago.</summary>
    public List<string> ProwJobsAged { get; } = [];

    /// <summary>Runs removed whose ProwJob completed and which started longer than <c>max_pod_age</c> ago.</summary>
    public List<string> RunsAged { get; } = [];

    /// <summary>Runs removed whose ProwJob completed longer than <c>terminated_pod_ttl</c> ago.</summary>
    public List<string> RunsTtled { get; } = [];

    /// <summary>Runs removed because their ProwJob no longer exists.</summary>
    public List<string> RunsOrphaned { get; } = [];

    public int Errors { get; set; }
}
