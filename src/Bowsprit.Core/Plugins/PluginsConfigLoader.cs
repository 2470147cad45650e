using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Config.Yaml;
using YamlDotNet.Core;

namespace Bowsprit.Core.Plugins;

/// <summary>Loads and checks <c>plugins.yaml</c>; like the config loader it reports instead of throwing.</summary>
public static class PluginsConfigLoader
{
    public static (PluginsConfig Config, IReadOnlyList<ConfigDiagnostic> Diagnostics) Load(string path)
    {
        var diagnostics = new ConfigDiagnostics();
        var config = new PluginsConfig();
        try
        {
            if (!File.Exists(path))
            {
                diagnostics.Error(new SourceLocation(path, 0), null, null, "plugin config file does not exist");
                return (config, diagnostics.Items);
            }

            var reader = new YamlTreeReader();
            var root = reader.Read(ConfigFileReader.ReadText(path));
            foreach (var (line, message) in reader.Warnings)
            {
                diagnostics.Warning(new SourceLocation(path, line), null, null, message);
            }

            if (root is not null)
            {
                var scope = new BindScope(path, null, diagnostics);
                config = new YamlJsonBinder(ProwJson.Options).Bind<PluginsConfig>(root, scope) ?? config;
                Check(config, root as YMap, path, diagnostics);
            }
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(path, (int)e.Start.Line), null, null, $"invalid YAML: {e.InnerException?.Message ?? e.Message}");
        }

        return (config, diagnostics.Items);
    }

    private static void Check(PluginsConfig config, YMap? root, string path, ConfigDiagnostics diagnostics)
    {
        var at = new SourceLocation(path, root?.Get("plugins")?.Line ?? 0);
        foreach (var (scope, entry) in config.Plugins ?? [])
        {
            if (entry is null)
            {
                continue;
            }

            foreach (var name in entry.Plugins ?? [])
            {
                if (!KnownPlugins.Names.Contains(name))
                {
                    diagnostics.Warning(at, null, $"plugins.{scope}", $"unknown plugin \"{name}\" (external plugins belong under external_plugins)");
                }
            }

            if (scope.Contains('/', StringComparison.Ordinal) && entry.ExcludedRepos is { Count: > 0 })
            {
                diagnostics.Error(at, null, $"plugins.{scope}.excluded_repos", "excluded_repos only applies to org entries");
            }
        }

        var externalAt = new SourceLocation(path, root?.Get("external_plugins")?.Line ?? 0);
        foreach (var (scope, plugins) in config.ExternalPlugins ?? [])
        {
            foreach (var plugin in plugins ?? [])
            {
                if (string.IsNullOrEmpty(plugin.Name))
                {
                    diagnostics.Error(externalAt, null, $"external_plugins.{scope}", "every external plugin needs a name");
                }
                else if (!Uri.TryCreate(plugin.EffectiveEndpoint, UriKind.Absolute, out _))
                {
                    diagnostics.Error(externalAt, null, $"external_plugins.{scope}.{plugin.Name}", $"endpoint \"{plugin.Endpoint}\" is not a URL");
                }
            }
        }
    }
}
