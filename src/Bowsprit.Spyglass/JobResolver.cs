using System.Text;
using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Storage;

namespace Bowsprit.Spyglass;

/// <summary>
/// Maps a <c>/view/PROVIDER/BUCKET/PATH</c> request onto a configured bucket and run directory, finds the run's
/// ProwJob (the live one in the ProwJob store first, else the <c>prowjob.json</c> crier uploaded) and decides
/// whether the run is still going (then its log is followed).
/// </summary>
internal sealed class JobResolver(SpyglassOptions options, IServiceProvider services)
{
    public const string ProwJobFileName = "prowjob.json";
    private const int MaxSmallFileBytes = 4 * 1024 * 1024;
    private const int MinRunSegments = 3;

    // Optional: deck may run without a ProwJob store (GCS-only history).
    private readonly IProwJobStore? _jobs = services.GetService(typeof(IProwJobStore)) as IProwJobStore;

    /// <summary>Null when the bucket is not configured; throws <see cref="ArgumentException"/> for a malformed path.</summary>
    public async Task<JobLocation?> ResolveAsync(string provider, string bucket, string path, CancellationToken ct)
    {
        if (options.FindBucket(provider, bucket) is not { } store)
        {
            return null;
        }

        var directory = ArtifactKey.DirectoryPrefix(path).TrimEnd('/');
        // Every Prow layout ends in KIND/.../JOB/BUILD; anything shorter would list a whole tree of runs.
        if (directory.Split('/').Length < MinRunSegments)
        {
            throw new ArgumentException($"'{path}' is not a run directory (such as logs/JOB/BUILD).", nameof(path));
        }

        var location = new JobLocation(provider, bucket, store, directory);
        return await FollowDirectoryAliasAsync(location, ct).ConfigureAwait(false) ?? location;
    }

    public async Task<ProwJob?> FindProwJobAsync(JobLocation location, CancellationToken ct)
    {
        if (_jobs is not null && location.BuildId.Length > 0)
        {
            var listed = await _jobs.ListAsync(
                new ProwJobQuery { Labels = new Dictionary<string, string> { [ProwJobLabels.BuildId] = location.BuildId } }, ct).ConfigureAwait(false);
            // The job label may be cut to 63 characters; the spec has the full name.
            if (listed.FirstOrDefault(j => j.Spec.Job == location.JobName) is { } live)
            {
                return live;
            }
        }

        var bytes = await ReadSmallAsync(location.Store, location.Key(ProwJobFileName), ct).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return ProwJson.Deserialize<ProwJob>(bytes);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Finished once <c>finished.json</c> exists (written after the log is complete) or the ProwJob is complete;
    /// a run nothing is known about counts as running so its log is still followed.
    /// </summary>
    public async Task<bool> IsFinishedAsync(JobLocation location, CancellationToken ct)
    {
        if (await location.Store.ExistsAsync(location.Key(Finished.FileName), ct).ConfigureAwait(false))
        {
            return true;
        }

        var job = await FindProwJobAsync(location, ct).ConfigureAwait(false);
        return job is not null && (job.IsComplete || job.Status.State.IsComplete());
    }

    /// <summary>The run's result as the page shows it: finished.json's, else the ProwJob's state; null when neither says.</summary>
    public async Task<string?> ResultAsync(JobLocation location, CancellationToken ct)
    {
        if (await ReadSmallAsync(location.Store, location.Key(Finished.FileName), ct).ConfigureAwait(false) is { } bytes)
        {
            try
            {
                if (ArtifactMetadataJson.ReadFinished(bytes).Result is { Length: > 0 } result)
                {
                    return result.ToUpperInvariant();
                }
            }
            catch (JsonException)
            {
                // Fall back to the ProwJob.
            }
        }

        return (await FindProwJobAsync(location, ct).ConfigureAwait(false))?.Status.State.ToWire().ToUpperInvariant();
    }

    /// <summary>The whole object when it exists and is at most a few megabytes; null otherwise.</summary>
    public static async Task<byte[]?> ReadSmallAsync(IArtifactStore store, string key, CancellationToken ct, int limit = MaxSmallFileBytes)
    {
        var size = await store.GetSizeAsync(key, ct).ConfigureAwait(false);
        if (size is null || size > limit)
        {
            return null;
        }

        try
        {
            return await store.ReadAsync(key, ct).ConfigureAwait(false);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// <c>pr-logs/directory/JOB/BUILD</c> is Prow's alias for a presubmit run: <c>BUILD.txt</c> beside it holds the
    /// run's real location (<c>gs://bucket/pr-logs/pull/...</c>). Followed only within the same bucket.
    /// </summary>
    private static async Task<JobLocation?> FollowDirectoryAliasAsync(JobLocation location, CancellationToken ct)
    {
        var parts = location.Directory.Split('/');
        if (parts.Length < 4 || parts[^4] != "pr-logs" || parts[^3] != "directory")
        {
            return null;
        }

        var bytes = await ReadSmallAsync(location.Store, location.Directory + ".txt", ct, limit: 4096).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        var target = Encoding.UTF8.GetString(bytes).Trim();
        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? target : target[(scheme + 3)..];
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || rest[..slash] != location.Bucket)
        {
            return null;
        }

        try
        {
            var directory = ArtifactKey.DirectoryPrefix(rest[(slash + 1)..]).TrimEnd('/');
            return directory.Length == 0 ? null : location with { Directory = directory };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
