using System.Globalization;
using Bowsprit.Core.Api;

namespace Bowsprit.Storage;

/// <summary>
/// Prow's artifact layout: where a run's directory is, where <c>latest-build.txt</c> markers go and where the
/// presubmit "symlink" under <c>pr-logs/directory</c> goes. All results are store keys (no leading slash).
/// </summary>
public static class ArtifactPaths
{
    public const string LatestBuildFileName = "latest-build.txt";

    /// <summary>The run's directory, e.g. <c>pr-logs/pull/org_repo/12/pull-test/1001</c>.</summary>
    public static string JobDirectory(ArtifactJob job, PathStrategyOptions options) =>
        Join(options.PathPrefix, JobRoot(job, options), job.BuildId);

    /// <summary>Every <c>latest-build.txt</c> key Prow updates (content: the build id) for this run.</summary>
    public static IReadOnlyList<string> LatestBuildFiles(ArtifactJob job, PathStrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Type switch
        {
            ProwJobType.Periodic or ProwJobType.Postsubmit =>
                [Join(options.PathPrefix, "logs", job.JobName, LatestBuildFileName)],
            ProwJobType.Presubmit =>
            [
                Join(options.PathPrefix, "pr-logs/directory", job.JobName, LatestBuildFileName),
                Join(options.PathPrefix, JobRoot(job, options), LatestBuildFileName),
            ],
            ProwJobType.Batch => [Join(options.PathPrefix, "pr-logs/directory", job.JobName, LatestBuildFileName)],
            _ => throw new ArgumentOutOfRangeException(nameof(job), job.Type, "Unknown job type."),
        };
    }

    /// <summary>
    /// The presubmit alias <c>pr-logs/directory/JOB/BUILD.txt</c>, which lets a job's history be listed without
    /// knowing its PRs; <see langword="null"/> for other job types, which Prow gives no alias.
    /// </summary>
    public static string? DirectorySymlink(ArtifactJob job, PathStrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Type == ProwJobType.Presubmit
            ? Join(options.PathPrefix, "pr-logs/directory", job.JobName, job.BuildId + ".txt")
            : null;
    }

    /// <summary>
    /// The content of the alias: the run directory as a full bucket URL. Prow readers expect the bucket's own
    /// scheme (<c>gs://</c> for GCS), so the location's scheme is used.
    /// </summary>
    public static string DirectorySymlinkContent(StoragePath bucket, string jobDirectory)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        return bucket.Child(jobDirectory).ToString();
    }

    /// <summary>The presubmit path segment for <paramref name="org"/>/<paramref name="repo"/>; may be empty.</summary>
    public static string RepoSegment(string org, string repo, PathStrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var full = $"{org}_{repo.Replace('/', '_')}";
        var defaultOrg = org == options.DefaultOrg;
        var defaultRepo = defaultOrg && repo == options.DefaultRepo;
        return options.Strategy switch
        {
            PathStrategy.Explicit => full,
            PathStrategy.Single => defaultRepo ? "" : full,
            PathStrategy.Legacy => defaultRepo ? "" : defaultOrg ? repo.Replace('/', '_') : full,
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Strategy, "Unknown path strategy."),
        };
    }

    // The run directory without the build id; the presubmit one also holds that PR's latest-build.txt.
    private static string JobRoot(ArtifactJob job, PathStrategyOptions options)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(options);
        return job.Type switch
        {
            ProwJobType.Periodic or ProwJobType.Postsubmit => Join(null, "logs", job.JobName),
            ProwJobType.Batch => Join(null, "pr-logs/pull/batch", job.JobName),
            ProwJobType.Presubmit => Join(
                null,
                "pr-logs/pull",
                RepoSegment(Required(job.Org, "org"), Required(job.Repo, "repo"), options),
                Required(job.PullNumber, "pull number").ToString(CultureInfo.InvariantCulture),
                job.JobName),
            _ => throw new ArgumentOutOfRangeException(nameof(job), job.Type, "Unknown job type."),
        };
    }

    private static string Required(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw MissingPresubmitFact(what) : value;

    private static int Required(int? value, string what) => value ?? throw MissingPresubmitFact(what);

    private static InvalidOperationException MissingPresubmitFact(string what) =>
        new($"A presubmit's artifact path needs its {what}.");

    // Empty parts collapse, as Prow's path join does: the default repo's segment disappears.
    private static string Join(string? prefix, params string[] parts) =>
        string.Join('/', new[] { prefix ?? "" }.Concat(parts).Select(p => p.Trim('/')).Where(p => p.Length > 0));
}
