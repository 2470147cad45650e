using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Storage;

namespace Bowsprit.PodUtils.Upload;

/// <summary>A run's place in a bucket: the store, the run's directory in it, and what the path strategy needs.</summary>
public sealed record UploadTarget(IArtifactStore Store, StoragePath Bucket, PathStrategyOptions PathStrategy, ArtifactJob Job)
{
    /// <summary>The run's directory, e.g. <c>pr-logs/pull/org_repo/12/job/1</c>.</summary>
    public string JobDirectory => ArtifactPaths.JobDirectory(Job, PathStrategy);

    public string Key(string name) => $"{JobDirectory}/{name}";

    /// <summary>The facts that place a run, from its <c>JOB_SPEC</c>.</summary>
    public static ArtifactJob ArtifactJobFor(DownwardJobSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var main = spec.MainRefs;
        return new ArtifactJob(
            spec.Type,
            spec.Job ?? "",
            string.IsNullOrEmpty(spec.BuildId) ? spec.ProwJobId ?? "" : spec.BuildId,
            main?.Org,
            main?.Repo,
            spec.Type == ProwJobType.Presubmit ? main?.Pulls?.FirstOrDefault()?.Number : null);
    }

    /// <summary>
    /// Opens the store named by <paramref name="options"/>; null for a dry run. The caller disposes the store
    /// (it may hold an S3 client).
    /// </summary>
    public static async Task<UploadTarget?> OpenAsync(
        UploadOptions options, DownwardJobSpec spec, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.DryRun)
        {
            return null;
        }

        var bucket = options.Destination();
        var store = await ArtifactStores.OpenAsync(bucket, options.S3CredentialsFile, timeProvider, cancellationToken).ConfigureAwait(false);
        return new UploadTarget(store, bucket, options.ToPathStrategy(), ArtifactJobFor(spec));
    }
}
