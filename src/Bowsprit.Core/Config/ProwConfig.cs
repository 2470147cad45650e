using System.Text.Json;
using System.Text.Json.Serialization;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config;

/// <summary>
/// Prow's <c>config.yaml</c> with the job configs merged in. Sections Bowsprit does not act on (Gerrit,
/// gangway, moonraker, Pub/Sub, Jenkins operators, ...) are kept as raw JSON so they survive and are not
/// reported as unknown.
/// </summary>
public sealed class ProwConfig
{
    public const string DefaultNamespace = "default";
    public const string DefaultCluster = "default";

    [JsonPropertyName("prowjob_namespace")] public string? ProwJobNamespace { get; set; }
    [JsonPropertyName("pod_namespace")] public string? PodNamespace { get; set; }
    [JsonPropertyName("log_level")] public string? LogLevel { get; set; }
    [JsonPropertyName("decorate_all_jobs")] public bool DecorateAllJobs { get; set; }

    [JsonPropertyName("default_job_timeout"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? DefaultJobTimeout { get; set; }

    [JsonPropertyName("plank")] public PlankConfig Plank { get; set; } = new();
    [JsonPropertyName("sinker")] public SinkerConfig Sinker { get; set; } = new();
    [JsonPropertyName("horologium")] public HorologiumConfig Horologium { get; set; } = new();
    [JsonPropertyName("deck")] public DeckConfig Deck { get; set; } = new();
    [JsonPropertyName("tide")] public TideConfig Tide { get; set; } = new();
    [JsonPropertyName("github_reporter")] public GitHubReporterConfig GitHubReporter { get; set; } = new();
    [JsonPropertyName("slack_reporter_configs")] public Dictionary<string, SlackReporterDefaults>? SlackReporterConfigs { get; set; }
    [JsonPropertyName("branch-protection")] public BranchProtectionConfig BranchProtection { get; set; } = new();
    [JsonPropertyName("in_repo_config")] public InRepoConfigSection InRepoConfig { get; set; } = new();
    [JsonPropertyName("github")] public GitHubSection GitHub { get; set; } = new();
    [JsonPropertyName("prowjob_default_entries")] public List<ProwJobDefaultEntry>? ProwJobDefaultEntries { get; set; }
    [JsonPropertyName("owners_dir_denylist")] public OwnersDirDenylist? OwnersDirDenylist { get; set; }
    [JsonPropertyName("status_error_link")] public string? StatusErrorLink { get; set; }

    // Jobs may live in config.yaml too; job-config files are merged into these.
    [JsonPropertyName("presubmits")] public Dictionary<string, List<Presubmit>>? Presubmits { get; set; }
    [JsonPropertyName("postsubmits")] public Dictionary<string, List<Postsubmit>>? Postsubmits { get; set; }
    [JsonPropertyName("periodics")] public List<Periodic>? Periodics { get; set; }
    [JsonPropertyName("presets")] public List<Preset>? Presets { get; set; }

    // Sections for systems Bowsprit does not drive; kept verbatim.
    [JsonPropertyName("gerrit")] public JsonElement? Gerrit { get; set; }
    [JsonPropertyName("gangway")] public JsonElement? Gangway { get; set; }
    [JsonPropertyName("moonraker")] public JsonElement? Moonraker { get; set; }
    [JsonPropertyName("scheduler")] public JsonElement? Scheduler { get; set; }
    [JsonPropertyName("pubsub_subscriptions")] public JsonElement? PubSubSubscriptions { get; set; }
    [JsonPropertyName("pubsub_triggers")] public JsonElement? PubSubTriggers { get; set; }
    [JsonPropertyName("jenkins_operators")] public JsonElement? JenkinsOperators { get; set; }
    [JsonPropertyName("push_gateway")] public JsonElement? PushGateway { get; set; }
    [JsonPropertyName("managed_webhooks")] public JsonElement? ManagedWebhooks { get; set; }
    [JsonPropertyName("owners_dir_blacklist")] public JsonElement? OwnersDirBlacklist { get; set; }
    [JsonPropertyName("prow_ignored")] public JsonElement? ProwIgnored { get; set; }

    /// <summary>The config.yaml this was loaded from, and the line of each of its top-level keys.</summary>
    [JsonIgnore] public string SourcePath { get; set; } = "config.yaml";

    [JsonIgnore] public IReadOnlyDictionary<string, int> SectionLines { get; set; } = new Dictionary<string, int>();

    public SourceLocation LocationOf(string section) =>
        new(SourcePath, SectionLines.TryGetValue(section, out var line) ? line : 0);

    /// <summary>From a <c>VERSION</c> file next to config.yaml, as Prow reads it.</summary>
    [JsonIgnore] public string? ConfigVersionSha { get; set; }

    [JsonIgnore] public string EffectiveProwJobNamespace => string.IsNullOrEmpty(ProwJobNamespace) ? DefaultNamespace : ProwJobNamespace;

    [JsonIgnore] public string EffectivePodNamespace => string.IsNullOrEmpty(PodNamespace) ? DefaultNamespace : PodNamespace;

    [JsonIgnore] public IEnumerable<Presubmit> AllPresubmits => (Presubmits ?? []).Values.SelectMany(static jobs => jobs);

    [JsonIgnore] public IEnumerable<Postsubmit> AllPostsubmits => (Postsubmits ?? []).Values.SelectMany(static jobs => jobs);

    [JsonIgnore] public IReadOnlyList<Periodic> AllPeriodics => Periodics ?? [];

    /// <summary>Presubmits configured centrally for <c>org/repo</c> (in-repo jobs come separately).</summary>
    public IReadOnlyList<Presubmit> PresubmitsFor(string orgRepo) =>
        Presubmits is not null && Presubmits.TryGetValue(orgRepo, out var jobs) ? jobs : [];

    public IReadOnlyList<Postsubmit> PostsubmitsFor(string orgRepo) =>
        Postsubmits is not null && Postsubmits.TryGetValue(orgRepo, out var jobs) ? jobs : [];
}
