using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Plugins;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Hosting;

/// <summary>Config agents for Prow's <c>config.yaml</c> + job configs and for <c>plugins.yaml</c>.</summary>
public static partial class ProwConfigAgents
{
    /// <summary>Reloads config.yaml and the job configs; a version with errors is rejected with every error logged.</summary>
    public static ConfigAgent<ProwConfig> Config(string configPath, string? jobConfigPath, TimeProvider time, ILogger logger) =>
        new("config", () =>
        {
            var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(configPath, jobConfigPath));
            foreach (var error in loaded.Errors)
            {
                LogConfigError(logger, error.ToString());
            }

            return loaded.Errors.Any() ? null : loaded.Config;
        }, () => jobConfigPath is null ? [configPath] : [configPath, jobConfigPath], time, logger);

    /// <summary>Reloads plugins.yaml; a version with errors is rejected. No file means no plugins.</summary>
    public static ConfigAgent<PluginsConfig> Plugins(string? pluginsPath, TimeProvider time, ILogger logger) =>
        new("plugins", () =>
        {
            if (string.IsNullOrEmpty(pluginsPath))
            {
                return new PluginsConfig();
            }

            var (config, diagnostics) = PluginsConfigLoader.Load(pluginsPath);
            foreach (var error in diagnostics.Where(static d => d.IsError))
            {
                LogConfigError(logger, error.ToString());
            }

            return diagnostics.Any(static d => d.IsError) ? null : config;
        }, () => string.IsNullOrEmpty(pluginsPath) ? [] : [pluginsPath], time, logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Config error: {Error}")]
    private static partial void LogConfigError(ILogger logger, string error);
}
