using System.Text.Json.Serialization;
using Bowsprit.Core.Api;
using Bowsprit.Core.Time;

namespace Bowsprit.Core.Config.Sections;

/// <summary>The <c>deck</c> section: dashboard, spyglass and rerun authorization.</summary>
public sealed class DeckConfig
{
    [JsonPropertyName("spyglass")] public SpyglassConfig? Spyglass { get; set; }

    [JsonPropertyName("tide_update_period"), JsonConverter(typeof(GoDurationJsonConverter))]
    public TimeSpan? TideUpdatePeriod { get; set; }

    [JsonPropertyName("hidden_repos")] public List<string>? HiddenRepos { get; set; }
    [JsonPropertyName("external_agent_logs")] public List<ExternalAgentLog>? ExternalAgentLogs { get; set; }
    [JsonPropertyName("branding")] public DeckBranding? Branding { get; set; }
    [JsonPropertyName("google_analytics")] public string? GoogleAnalytics { get; set; }
    [JsonPropertyName("rerun_auth_configs")] public Dictionary<string, RerunAuthConfig>? RerunAuthConfigs { get; set; }
    [JsonPropertyName("default_rerun_auth_configs")] public List<DefaultRerunAuthConfigEntry>? DefaultRerunAuthConfigs { get; set; }
    [JsonPropertyName("skip_storage_path_validation")] public bool? SkipStoragePathValidation { get; set; }
    [JsonPropertyName("additional_allowed_buckets")] public List<string>? AdditionalAllowedBuckets { get; set; }
}
