using Bowsprit.Core.Plugins;
using Bowsprit.Hosting;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Hook;

/// <summary>Plugin help in the JSON shape deck's command help page reads.</summary>
public sealed class PluginHelpProvider(PluginDispatcher dispatcher, ConfigAgent<PluginsConfig> plugins)
{
    public PluginHelpDocument Build()
    {
        var config = plugins.Current.Value;
        var repoPlugins = (config.Plugins ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)(p.Value?.Plugins ?? []));
        var externals = (config.ExternalPlugins ?? []).ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value.Select(x => x.Name ?? "")]);
        return new PluginHelpDocument(
            [.. repoPlugins.Keys.Order(StringComparer.Ordinal)],
            repoPlugins,
            externals,
            dispatcher.Plugins.ToDictionary(p => p.Name, p => p.Help(config)));
    }
}
