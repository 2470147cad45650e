namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// A watch asked for changes older than the store still keeps (Kubernetes answers 410 Gone): list again and
/// watch from the new list's resource version.
/// </summary>
public sealed class ProwJobWatchExpiredException(string message) : Exception(message);
