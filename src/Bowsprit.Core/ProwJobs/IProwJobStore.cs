using Bowsprit.Core.Api;

namespace Bowsprit.Core.ProwJobs;

/// <summary>
/// Where ProwJobs live: custom resources on Kubernetes, SQLite in embedded mode, memory in tests. Writes use
/// optimistic concurrency on <c>metadata.resourceVersion</c>, as the Kubernetes API does.
/// </summary>
public interface IProwJobStore
{
    /// <summary>Stores a new job and returns it with its resource version; throws <see cref="ProwJobConflictException"/> if the name exists.</summary>
    Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct);

    Task<ProwJob?> GetAsync(string name, CancellationToken ct);

    /// <summary>The matching jobs and the resource version to watch from afterwards.</summary>
    Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct);

    /// <summary>Replaces a job; throws <see cref="ProwJobConflictException"/> when its resource version is stale.</summary>
    Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct);

    /// <summary>Removes a job; false when there was none by that name.</summary>
    Task<bool> DeleteAsync(string name, CancellationToken ct);

    /// <summary>
    /// Every change after <paramref name="resourceVersion"/> in order, then each new change as it happens, until
    /// cancelled. Throws <see cref="ProwJobWatchExpiredException"/> when the store no longer keeps changes that old.
    /// </summary>
    IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, CancellationToken ct);
}
