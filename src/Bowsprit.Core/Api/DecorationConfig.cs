using System.Text.Json.Serialization;
using Bowsprit.Core.Time;
using k8s.Models;

namespace Bowsprit.Core.Api;

/// <summary>How the pod utilities decorate a job: images, timeouts, artifact storage, credentials.</summary>
public sealed class DecorationConfig
{
    [JsonPropertyName("timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? Timeout { get; set; }

    [JsonPropertyName("grace_period"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? GracePeriod { get; set; }

    [JsonPropertyName("utility_images")] public UtilityImages? UtilityImages { get; set; }
    [JsonPropertyName("resources")] public UtilityResources? Resources { get; set; }
    [JsonPropertyName("gcs_configuration")] public GcsConfiguration? GcsConfiguration { get; set; }
    [JsonPropertyName("gcs_credentials_secret"), GoPointer] public string? GcsCredentialsSecret { get; set; }
    [JsonPropertyName("s3_credentials_secret"), GoPointer] public string? S3CredentialsSecret { get; set; }
    [JsonPropertyName("default_service_account_name"), GoPointer] public string? DefaultServiceAccountName { get; set; }
    [JsonPropertyName("ssh_key_secrets")] public List<string>? SshKeySecrets { get; set; }
    [JsonPropertyName("ssh_host_fingerprints")] public List<string>? SshHostFingerprints { get; set; }
    [JsonPropertyName("blobless_fetch")] public bool? BloblessFetch { get; set; }
    [JsonPropertyName("skip_cloning")] public bool? SkipCloning { get; set; }
    [JsonPropertyName("cookiefile_secret")] public string? CookiefileSecret { get; set; }
    [JsonPropertyName("oauth_token_secret")] public SecretKeyReference? OauthTokenSecret { get; set; }
    [JsonPropertyName("github_api_endpoints")] public List<string>? GitHubApiEndpoints { get; set; }
    [JsonPropertyName("github_app_id")] public string? GitHubAppId { get; set; }
    [JsonPropertyName("github_app_private_key_secret")] public SecretKeyReference? GitHubAppPrivateKeySecret { get; set; }
    [JsonPropertyName("censor_secrets")] public bool? CensorSecrets { get; set; }
    [JsonPropertyName("censoring_options")] public CensoringOptions? CensoringOptions { get; set; }
    [JsonPropertyName("upload_ignores_interrupts")] public bool? UploadIgnoresInterrupts { get; set; }
    [JsonPropertyName("run_as_user")] public long? RunAsUser { get; set; }
    [JsonPropertyName("run_as_group")] public long? RunAsGroup { get; set; }
    [JsonPropertyName("fs_group")] public long? FsGroup { get; set; }
    [JsonPropertyName("set_limit_equals_memory_request")] public bool? SetLimitEqualsMemoryRequest { get; set; }
    [JsonPropertyName("default_memory_request")] public ResourceQuantity? DefaultMemoryRequest { get; set; }

    [JsonPropertyName("pod_pending_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodPendingTimeout { get; set; }

    [JsonPropertyName("pod_running_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodRunningTimeout { get; set; }

    [JsonPropertyName("pod_unscheduled_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? PodUnscheduledTimeout { get; set; }

    public DecorationConfig DeepCopy() => ProwJson.Clone(this);

    /// <summary>A copy sharing nested objects; used by default merging, which replaces what it changes.</summary>
    public DecorationConfig ShallowCopy() => (DecorationConfig)MemberwiseClone();
}
