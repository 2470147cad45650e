using System.Text.Json.Serialization;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Hook;

/// <summary>Prow's plugin-help JSON (property names exactly as deck reads them): which plugins run where, and each plugin's help.</summary>
public sealed record PluginHelpDocument(
    [property: JsonPropertyName("AllRepos")] IReadOnlyList<string> AllRepos,
    [property: JsonPropertyName("RepoPlugins")] IReadOnlyDictionary<string, IReadOnlyList<string>> RepoPlugins,
    [property: JsonPropertyName("RepoExternalPlugins")] IReadOnlyDictionary<string, IReadOnlyList<string>> RepoExternalPlugins,
    [property: JsonPropertyName("PluginHelp")] IReadOnlyDictionary<string, PluginHelp> PluginHelp);
