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

    Task<IReadOnlyList<ProwJob>> ListAsync(ProwJobQuery query, CancellationToken ct);

    /// <summary>Replaces a job; throws <see cref="ProwJobConflictException"/> when its resource version is stale.</summary>
    Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct);
}
