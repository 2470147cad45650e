using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Sections;

/// <summary>Decoration defaults for jobs of a repo (or org, or all) on a cluster (or all).</summary>
public sealed class DefaultDecorationConfigEntry
{
    [JsonPropertyName("repo")] public string? Repo { get; set; }
    [JsonPropertyName("cluster")] public string? Cluster { get; set; }
    [JsonPropertyName("config")] public DecorationConfig? Config { get; set; }

    /// <summary>
    /// Prow matches literally, not as regexes: empty or <c>*</c> matches all, else an exact <c>org/repo</c>
    /// or an org name.
    /// </summary>
    public bool Matches(string orgRepo, string cluster) =>
        ScopeMatch.Repo(Repo, orgRepo) && ScopeMatch.Cluster(Cluster, cluster);
}
