using System.Text.Json.Serialization;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Sections;

/// <summary>ProwJob defaults (tenant id, result store) for jobs of a repo on a cluster.</summary>
public sealed class ProwJobDefaultEntry
{
    [JsonPropertyName("repo")] public string? Repo { get; set; }
    [JsonPropertyName("cluster")] public string? Cluster { get; set; }
    [JsonPropertyName("config")] public ProwJobDefault? Config { get; set; }

    public bool Matches(string orgRepo, string cluster) =>
        ScopeMatch.Repo(Repo, orgRepo) && ScopeMatch.Cluster(Cluster, cluster);
}
