using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Validation;

/// <summary>A decorated job needs complete utility images and an artifact destination.</summary>
internal sealed class DecorationRules(ConfigDiagnostics diagnostics)
{
    public void Validate(JobBase job)
    {
        var at = job.LocationOf(job.FieldLines.ContainsKey("decoration_config") ? "decoration_config" : "decorate");
        foreach (var (container, index) in (job.Spec?.Containers ?? []).Select(static (c, i) => (c, i)))
        {
            if (container.Command is not { Count: > 0 } && container.Args is not { Count: > 0 })
            {
                diagnostics.Error(job.LocationOf("spec"), job.DisplayName, $"spec.containers[{index}].command",
                    "decorated containers must set command and/or args (the entrypoint wraps them)");
            }
        }

        var config = job.DecorationConfig;
        if (config is null)
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config",
                "decorate: true but no decoration config applies (set plank.default_decoration_config_entries)");
            return;
        }

        var images = config.UtilityImages;
        var missing = new[]
        {
            ("clonerefs", images?.CloneRefs), ("initupload", images?.InitUpload),
            ("entrypoint", images?.Entrypoint), ("sidecar", images?.Sidecar),
        }.Where(static p => string.IsNullOrEmpty(p.Item2)).Select(static p => p.Item1).ToList();
        if (missing.Count > 0)
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.utility_images", $"missing utility images: {string.Join(", ", missing)}");
        }

        CheckStorage(job, config, at);
        if (config.Timeout < TimeSpan.Zero || config.GracePeriod < TimeSpan.Zero)
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.timeout", "timeout and grace_period must not be negative");
        }

        if (config.OauthTokenSecret is not null && config.SshKeySecrets is { Count: > 0 })
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.oauth_token_secret", "OAuth token and SSH key secrets cannot be used together");
        }

        if (config.OauthTokenSecret is not null && !string.IsNullOrEmpty(job.CloneUri) &&
            !job.CloneUri.StartsWith("http://", StringComparison.Ordinal) && !job.CloneUri.StartsWith("https://", StringComparison.Ordinal))
        {
            diagnostics.Error(job.LocationOf("clone_uri"), job.DisplayName, "clone_uri", "with an OAuth token secret, clone_uri must be http(s)");
        }
    }

    private void CheckStorage(JobBase job, DecorationConfig config, SourceLocation at)
    {
        var gcs = config.GcsConfiguration;
        if (gcs is null)
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.gcs_configuration", "no artifact storage (gcs_configuration) is configured");
            return;
        }

        if (string.IsNullOrEmpty(gcs.Bucket) && string.IsNullOrEmpty(gcs.LocalOutputDir))
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.gcs_configuration.bucket", "a bucket is required");
        }
        else if (!string.IsNullOrEmpty(gcs.Bucket) && !IsValidBucket(gcs.Bucket))
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.gcs_configuration.bucket",
                $"bucket \"{gcs.Bucket}\" is not a bucket name or a gs:// / s3:// / local:// URL");
        }

        var strategy = gcs.PathStrategy;
        if (strategy is not (GcsConfiguration.PathStrategyLegacy or GcsConfiguration.PathStrategySingle or GcsConfiguration.PathStrategyExplicit))
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.gcs_configuration.path_strategy",
                $"path_strategy \"{strategy}\" must be legacy, single or explicit");
        }
        else if (strategy != GcsConfiguration.PathStrategyExplicit && (string.IsNullOrEmpty(gcs.DefaultOrg) || string.IsNullOrEmpty(gcs.DefaultRepo)))
        {
            diagnostics.Error(at, job.DisplayName, "decoration_config.gcs_configuration.default_org",
                $"path_strategy {strategy} needs default_org and default_repo");
        }
    }

    private static bool IsValidBucket(string bucket)
    {
        var name = bucket;
        var scheme = bucket.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            // local:// is Bowsprit's embedded bucket (the data dir's artifact directory, served by spyglass).
            if (bucket[..scheme] is not ("gs" or "s3" or "local"))
            {
                return false;
            }

            name = bucket[(scheme + 3)..];
        }

        var slash = name.IndexOf('/');
        if (slash >= 0)
        {
            name = name[..slash];
        }

        return name.Length is >= 3 and <= 222 && name.All(static c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }
}
