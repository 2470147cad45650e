using System.CommandLine;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Plugins;

namespace Bowsprit.Cli.Commands;

/// <summary>
/// <c>bowsprit checkconfig</c>: loads config.yaml, job configs and plugins.yaml exactly as the components do
/// and lists every problem. Exit 0 with a one-line summary when valid, 1 otherwise.
/// </summary>
internal static class CheckConfigCommand
{
    public static Command Create()
    {
        var configPath = new Option<string>("--config-path") { Description = "Path to Prow's config.yaml", Required = true };
        var jobConfigPath = new Option<string?>("--job-config-path") { Description = "Job config file or directory (walked recursively)" };
        var pluginConfig = new Option<string?>("--plugin-config") { Description = "Path to plugins.yaml" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (unknown fields, long names, ...) as errors" };

        var command = new Command("checkconfig", "Validate Prow configuration: config.yaml, job configs and plugins.yaml.")
        {
            configPath, jobConfigPath, pluginConfig, strict,
        };
        command.SetAction((parse, _) =>
        {
            var result = Run(
                parse.GetValue(configPath)!,
                parse.GetValue(jobConfigPath),
                parse.GetValue(pluginConfig),
                parse.GetValue(strict),
                parse.InvocationConfiguration.Output,
                parse.InvocationConfiguration.Error);
            return Task.FromResult(result);
        });
        return command;
    }

    internal static int Run(string configPath, string? jobConfigPath, string? pluginConfig, bool strict, TextWriter output, TextWriter error)
    {
        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(configPath, jobConfigPath));
        var diagnostics = loaded.Diagnostics.ToList();
        if (!string.IsNullOrEmpty(pluginConfig))
        {
            diagnostics.AddRange(PluginsConfigLoader.Load(pluginConfig).Diagnostics);
        }

        var failures = diagnostics.Where(d => d.IsError || strict).ToList();
        foreach (var diagnostic in diagnostics.Where(d => !(d.IsError || strict)))
        {
            error.WriteLine(diagnostic);
        }

        foreach (var failure in failures)
        {
            error.WriteLine(strict && !failure.IsError ? failure with { Severity = DiagnosticSeverity.Error } : failure);
        }

        if (failures.Count > 0)
        {
            error.WriteLine($"checkconfig: {failures.Count} error(s) in {loaded.FileCount} files");
            return 1;
        }

        output.WriteLine(loaded.Summary);
        return 0;
    }
}
