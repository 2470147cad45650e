using Bowsprit.Core.Config;
using Bowsprit.Crier;
using Bowsprit.Crier.Slack;
using Bowsprit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Server;

/// <summary>
/// <c>--components crier</c>: the GitHub reporter always (through the shared GitHub client), the Slack reporter
/// when <c>--slack-token-file</c> names a webhook URL or bot token file.
/// </summary>
internal static class CrierComponent
{
    public static void Add(IServiceCollection services, ServeOptions options, ConfigAgent<ProwConfig> config)
    {
        var crier = new CrierOptions
        {
            Config = () => config.Current.Value,
            BotLogin = options.BotLogin,
            SlackWorkers = string.IsNullOrEmpty(options.SlackTokenFile) ? 0 : 1,
        };
        if (!string.IsNullOrEmpty(options.SlackTokenFile))
        {
            crier.SlackTokenFiles[SlackReporter.DefaultHost] = options.SlackTokenFile;
        }

        services.AddCrier(crier);
    }
}
