using System.Text;

namespace Bowsprit.Storage;

/// <summary>
/// The metadata a run leaves in the bucket besides its own files: <c>started.json</c>/<c>finished.json</c>, the
/// <c>latest-build.txt</c> markers (rewritten at start and at end, so a run that never finishes still shows up)
/// and the presubmit alias under <c>pr-logs/directory</c>. Shared by initupload, sidecar and crier.
/// </summary>
public static class JobArtifacts
{
    public static async Task WriteStartedAsync(
        IArtifactStore store, ArtifactJob job, PathStrategyOptions options, StoragePath bucket, Started started,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var directory = ArtifactPaths.JobDirectory(job, options);
        await store.WriteAsync($"{directory}/{Started.FileName}", ArtifactMetadataJson.Serialize(started), cancellationToken)
            .ConfigureAwait(false);
        if (ArtifactPaths.DirectorySymlink(job, options) is { } alias)
        {
            var target = ArtifactPaths.DirectorySymlinkContent(bucket, directory);
            await store.WriteAsync(alias, Encoding.UTF8.GetBytes(target), cancellationToken).ConfigureAwait(false);
        }

        await WriteLatestBuildAsync(store, job, options, cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteFinishedAsync(
        IArtifactStore store, ArtifactJob job, PathStrategyOptions options, Finished finished,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var directory = ArtifactPaths.JobDirectory(job, options);
        await store.WriteAsync($"{directory}/{Finished.FileName}", ArtifactMetadataJson.Serialize(finished), cancellationToken)
            .ConfigureAwait(false);
        await WriteLatestBuildAsync(store, job, options, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteLatestBuildAsync(
        IArtifactStore store, ArtifactJob job, PathStrategyOptions options, CancellationToken cancellationToken)
    {
        var buildId = Encoding.UTF8.GetBytes(job.BuildId);
        foreach (var key in ArtifactPaths.LatestBuildFiles(job, options))
        {
            await store.WriteAsync(key, buildId, cancellationToken).ConfigureAwait(false);
        }
    }
}
