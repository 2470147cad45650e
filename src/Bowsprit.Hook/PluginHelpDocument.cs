using Bowsprit.Plugins.Framework;

namespace Bowsprit.Hook;

/// <summary>Prow's plugin-help JSON: which plugins run where, and each plugin's help.</summary>
public sealed record PluginHelpDocument(
    IReadOnlyList<string> AllRepos,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RepoPlugins,
    IReadOnlyDictionary<string, IReadOnlyList<string>> RepoExternalPlugins,
    IReadOnlyDictionary<string, PluginHelp> PluginHelp);
