using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Defaulting;

/// <summary>
/// Prow's decoration default merge: every field left unset on the more specific config is taken from the
/// default. Sub-structures merge field by field; <c>mediaTypes</c> maps are unioned; per-utility resource
/// requirements are taken whole.
/// </summary>
public static class DecorationConfigMerger
{
    /// <summary>A new config: <paramref name="specific"/> laid over <paramref name="defaults"/>; inputs untouched.</summary>
    public static DecorationConfig? Overlay(DecorationConfig? specific, DecorationConfig? defaults)
    {
        if (specific is null || defaults is null)
        {
            return (specific ?? defaults)?.ShallowCopy();
        }

        // Merged configs share unchanged leaves with their inputs; loaded config is read-only and ProwJob
        // creation deep-copies, so only the structures this merge writes to are copied.
        var result = specific.ShallowCopy();
        var d = defaults;
        result.Timeout ??= d.Timeout;
        result.GracePeriod ??= d.GracePeriod;
        result.UtilityImages = Merge(result.UtilityImages, d.UtilityImages);
        result.Resources = Merge(result.Resources, d.Resources);
        result.GcsConfiguration = Merge(result.GcsConfiguration, d.GcsConfiguration);
        result.GcsCredentialsSecret ??= d.GcsCredentialsSecret;
        result.S3CredentialsSecret ??= d.S3CredentialsSecret;
        result.DefaultServiceAccountName ??= d.DefaultServiceAccountName;
        result.SshKeySecrets = Pick(result.SshKeySecrets, d.SshKeySecrets);
        result.SshHostFingerprints = Pick(result.SshHostFingerprints, d.SshHostFingerprints);
        result.BloblessFetch ??= d.BloblessFetch;
        result.SkipCloning ??= d.SkipCloning;
        result.CookiefileSecret = Pick(result.CookiefileSecret, d.CookiefileSecret);
        result.OauthTokenSecret ??= d.OauthTokenSecret;
        result.GitHubApiEndpoints = Pick(result.GitHubApiEndpoints, d.GitHubApiEndpoints);
        result.GitHubAppId = Pick(result.GitHubAppId, d.GitHubAppId);
        result.GitHubAppPrivateKeySecret ??= d.GitHubAppPrivateKeySecret;
        result.CensorSecrets ??= d.CensorSecrets;
        result.CensoringOptions = Merge(result.CensoringOptions, d.CensoringOptions);
        result.UploadIgnoresInterrupts ??= d.UploadIgnoresInterrupts;
        result.RunAsUser ??= d.RunAsUser;
        result.RunAsGroup ??= d.RunAsGroup;
        result.FsGroup ??= d.FsGroup;
        result.SetLimitEqualsMemoryRequest ??= d.SetLimitEqualsMemoryRequest;
        result.DefaultMemoryRequest ??= d.DefaultMemoryRequest;
        result.PodPendingTimeout ??= d.PodPendingTimeout;
        result.PodRunningTimeout ??= d.PodRunningTimeout;
        result.PodUnscheduledTimeout ??= d.PodUnscheduledTimeout;
        return result;
    }

    private static UtilityImages? Merge(UtilityImages? original, UtilityImages? defaults)
    {
        if (original is null || defaults is null)
        {
            return original ?? defaults;
        }

        var specific = original.ShallowCopy();
        specific.CloneRefs = Pick(specific.CloneRefs, defaults.CloneRefs);
        specific.InitUpload = Pick(specific.InitUpload, defaults.InitUpload);
        specific.Entrypoint = Pick(specific.Entrypoint, defaults.Entrypoint);
        specific.Sidecar = Pick(specific.Sidecar, defaults.Sidecar);
        return specific;
    }

    private static UtilityResources? Merge(UtilityResources? original, UtilityResources? defaults)
    {
        if (original is null || defaults is null)
        {
            return original ?? defaults;
        }

        var specific = original.ShallowCopy();
        specific.CloneRefs ??= defaults.CloneRefs;
        specific.InitUpload ??= defaults.InitUpload;
        specific.PlaceEntrypoint ??= defaults.PlaceEntrypoint;
        specific.Sidecar ??= defaults.Sidecar;
        return specific;
    }

    private static GcsConfiguration? Merge(GcsConfiguration? original, GcsConfiguration? defaults)
    {
        if (original is null || defaults is null)
        {
            return original ?? defaults;
        }

        var specific = original.ShallowCopy();
        specific.Bucket = Pick(specific.Bucket, defaults.Bucket);
        specific.PathPrefix = Pick(specific.PathPrefix, defaults.PathPrefix);
        specific.PathStrategy = Pick(specific.PathStrategy, defaults.PathStrategy);
        specific.DefaultOrg = Pick(specific.DefaultOrg, defaults.DefaultOrg);
        specific.DefaultRepo = Pick(specific.DefaultRepo, defaults.DefaultRepo);
        specific.JobUrlPrefix = Pick(specific.JobUrlPrefix, defaults.JobUrlPrefix);
        specific.LocalOutputDir = Pick(specific.LocalOutputDir, defaults.LocalOutputDir);
        specific.CompressFileTypes = Pick(specific.CompressFileTypes, defaults.CompressFileTypes);
        if (defaults.MediaTypes is { Count: > 0 })
        {
            specific.MediaTypes = specific.MediaTypes is null ? [] : new Dictionary<string, string>(specific.MediaTypes);
            foreach (var (extension, mediaType) in defaults.MediaTypes)
            {
                specific.MediaTypes.TryAdd(extension, mediaType);
            }
        }

        return specific;
    }

    private static CensoringOptions? Merge(CensoringOptions? original, CensoringOptions? defaults)
    {
        if (original is null || defaults is null)
        {
            return original ?? defaults;
        }

        var specific = original.ShallowCopy();
        specific.CensoringConcurrency ??= defaults.CensoringConcurrency;
        specific.CensoringBufferSize ??= defaults.CensoringBufferSize;
        specific.IncludeDirectories = Pick(specific.IncludeDirectories, defaults.IncludeDirectories);
        specific.ExcludeDirectories = Pick(specific.ExcludeDirectories, defaults.ExcludeDirectories);
        return specific;
    }

    private static string? Pick(string? specific, string? defaults) => string.IsNullOrEmpty(specific) ? defaults : specific;

    private static List<string>? Pick(List<string>? specific, List<string>? defaults) => specific is { Count: > 0 } ? specific : defaults;
}
