using System.Text.Json.Serialization;

namespace Bowsprit.Deck.Pages;

/// <summary>Hook's plugin-help JSON as deck reads it (Prow's field names).</summary>
public sealed class PluginHelpData
{
    [JsonPropertyName("AllRepos")] public List<string>? AllRepos { get; set; }
    [JsonPropertyName("RepoPlugins")] public Dictionary<string, List<string>>? RepoPlugins { get; set; }
    [JsonPropertyName("RepoExternalPlugins")] public Dictionary<string, List<string>>? RepoExternalPlugins { get; set; }
    [JsonPropertyName("PluginHelp")] public Dictionary<string, PluginHelpEntry>? PluginHelp { get; set; }
    [JsonPropertyName("ExternalPluginHelp")] public Dictionary<string, PluginHelpEntry>? ExternalPluginHelp { get; set; }

    /// <summary>Plugins on for <paramref name="repo"/> (<c>org/repo</c>): its org's entry plus its own.</summary>
    public IEnumerable<string> EnabledFor(string repo, bool external)
    {
        var map = (external ? RepoExternalPlugins : RepoPlugins) ?? [];
        var org = repo.Split('/')[0];
        return (map.GetValueOrDefault(org) ?? []).Concat(map.GetValueOrDefault(repo) ?? []).Distinct(StringComparer.Ordinal);
    }
}

public sealed class PluginHelpEntry
{
    [JsonPropertyName("Description")] public string? Description { get; set; }
    [JsonPropertyName("Config")] public Dictionary<string, string>? Config { get; set; }
    [JsonPropertyName("Events")] public List<string>? Events { get; set; }
    [JsonPropertyName("Commands")] public List<PluginHelpCommand>? Commands { get; set; }
}

public sealed class PluginHelpCommand
{
    [JsonPropertyName("Usage")] public string? Usage { get; set; }
    [JsonPropertyName("Featured")] public bool Featured { get; set; }
    [JsonPropertyName("Description")] public string? Description { get; set; }
    [JsonPropertyName("Examples")] public List<string>? Examples { get; set; }
    [JsonPropertyName("WhoCanUse")] public string? WhoCanUse { get; set; }
}
