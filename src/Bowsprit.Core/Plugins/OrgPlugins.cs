using System.Text.Json.Serialization;

namespace Bowsprit.Core.Plugins;

/// <summary>The plugins enabled for an org or repo, and repos of an org that opt out.</summary>
[JsonConverter(typeof(OrgPluginsJsonConverter))]
public sealed class OrgPlugins
{
    [JsonPropertyName("plugins")] public List<string>? Plugins { get; set; }
    [JsonPropertyName("excluded_repos")] public List<string>? ExcludedRepos { get; set; }
}
