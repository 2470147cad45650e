using Bowsprit.Core.Config;
using Bowsprit.Crier;
using Bowsprit.Crier.Artifacts;
using Bowsprit.Crier.Slack;
using Bowsprit.Hosting;
using Bowsprit.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Server;

/// <summary>
/// <c>--components crier</c>: the GitHub reporter always (through the shared GitHub client), the Slack reporter
/// when <c>--slack-token-file</c> names a webhook URL or bot token file, and the artifacts reporter
/// (<c>prowjob.json</c> beside each run's logs).
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

            // Embedded mode's bucket is the local runtime's artifact directory.
            Artifacts = new ArtifactsReporterOptions
            {
                Store = new LocalArtifactStore(EmbeddedPaths.Artifacts(options)),
                Bucket = new StoragePath(StorageProvider.File, EmbeddedPaths.Artifacts(options), ""),
            },
        };
        if (!string.IsNullOrEmpty(options.SlackTokenFile))
        {
            crier.SlackTokenFiles[SlackReporter.DefaultHost] = options.SlackTokenFile;
        }

        services.AddCrier(crier);
    }
}
