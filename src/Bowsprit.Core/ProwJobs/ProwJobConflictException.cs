namespace Bowsprit.Core.ProwJobs;

/// <summary>A write lost a race: the job changed (or exists) since it was read. Re-read and retry.</summary>
public sealed class ProwJobConflictException(string message) : Exception(message);
