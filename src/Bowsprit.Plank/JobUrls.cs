using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Templates;
using Bowsprit.Storage;

namespace Bowsprit.Plank;

/// <summary>
/// A job's <c>status.url</c> (prow-spec §4 "URL"): decorated jobs with a URL prefix point at their artifacts
/// (<c>prefix/provider/bucket/job dir</c>); everything else renders <c>plank.job_url_template</c>.
/// </summary>
public static class JobUrls
{
    /// <summary>The URL, or null when neither a prefix nor a template applies. Throws <see cref="GoTemplateException"/> for a broken template.</summary>
    public static string? For(ProwJob job, PlankConfig config)
    {
        var gcs = job.Spec.DecorationConfig?.GcsConfiguration;
        if (job.Spec.DecorationConfig is not null && !string.IsNullOrEmpty(job.Status.BuildId) && Prefix(job, gcs, config) is { Length: > 0 } prefix)
        {
            var (provider, bucket) = SplitBucket(gcs?.Bucket ?? "");
            var strategy = PathStrategyOptions.ParseStrategy(string.IsNullOrEmpty(gcs?.PathStrategy) ? "explicit" : gcs.PathStrategy);
            var main = job.Spec.MainRefs;
            var artifactJob = new ArtifactJob(job.Spec.Type, job.Spec.Job ?? "", job.Status.BuildId, main?.Org, main?.Repo, main?.Pulls is { Count: > 0 } pulls ? pulls[0].Number : null);
            var directory = ArtifactPaths.JobDirectory(artifactJob, new PathStrategyOptions(strategy, gcs?.DefaultOrg, gcs?.DefaultRepo, gcs?.PathPrefix));
            return Join(prefix, config.JobUrlPrefixDisableAppendStorageProvider ? "" : provider, bucket, directory);
        }

        return string.IsNullOrEmpty(config.JobUrlTemplate) ? null : GoTemplate.Parse("job_url_template", config.JobUrlTemplate).Execute(job);
    }

    private static string? Prefix(ProwJob job, GcsConfiguration? gcs, PlankConfig config)
    {
        if (!string.IsNullOrEmpty(gcs?.JobUrlPrefix))
        {
            return gcs.JobUrlPrefix;
        }

        if (config.JobUrlPrefixConfig is not { Count: > 0 } byRepo)
        {
            return null;
        }

        var refs = job.Spec.MainRefs;
        if (refs is not null)
        {
            if (byRepo.TryGetValue($"{refs.Org}/{refs.Repo}", out var repoPrefix))
            {
                return repoPrefix;
            }

            if (byRepo.TryGetValue(refs.Org, out var orgPrefix))
            {
                return orgPrefix;
            }
        }

        return byRepo.GetValueOrDefault("*");
    }

    /// <summary>A bucket without a scheme is GCS (<c>gs</c>), as in Prow; <c>s3://b</c> is provider <c>s3</c>, bucket <c>b</c>.</summary>
    private static (string Provider, string Bucket) SplitBucket(string bucket)
    {
        var scheme = bucket.IndexOf("://", StringComparison.Ordinal);
        return scheme < 0 ? ("gs", bucket) : (bucket[..scheme], bucket[(scheme + 3)..]);
    }

    private static string Join(string prefix, params string[] parts)
    {
        var segments = parts.Select(static p => p.Trim('/')).Where(static p => p.Length > 0);
        return string.Join('/', [prefix.TrimEnd('/'), .. segments]);
    }
}
