using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Rerun authorization for jobs of a repo on a cluster; the last matching entry wins.</summary>
public sealed class DefaultRerunAuthConfigEntry
{
    [JsonPropertyName("repo")] public string? Repo { get; set; }
    [JsonPropertyName("cluster")] public string? Cluster { get; set; }
    [JsonPropertyName("rerun_auth_configs")] public RerunAuthConfig? RerunAuthConfigs { get; set; }

    public bool Matches(string orgRepo, string cluster) =>
        ScopeMatch.Repo(Repo, orgRepo) && ScopeMatch.Cluster(Cluster, cluster);
}
