using Bowsprit.Core.ProwJobs;
using Bowsprit.Crier.Artifacts;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Slack;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Crier;

/// <summary>
/// Registers crier. The composition root supplies what crier consumes: the <see cref="IProwJobStore"/>, a
/// <see cref="GitHubClient"/> when <see cref="CrierOptions.GitHubWorkers"/> is above zero, and the live config
/// through <see cref="CrierOptions.Config"/>.
/// </summary>
public static class CrierServiceCollectionExtensions
{
    public static IServiceCollection AddCrier(this IServiceCollection services, CrierOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CrierMetrics>();
        services.AddSingleton<ProwJobIndex>();
        services.AddSingleton(static sp => sp.GetRequiredService<CrierMetrics>().Registry);
        if (options.GitHubWorkers > 0)
        {
            services.AddSingleton<GitHubReporter>();
            services.AddSingleton(static sp => new ReporterRegistration(sp.GetRequiredService<GitHubReporter>(), sp.GetRequiredService<CrierOptions>().GitHubWorkers));
        }

        if (options.Artifacts is { } artifacts)
        {
            services.AddSingleton(new ReporterRegistration(new ArtifactsReporter(artifacts), 2));
        }

        if (options.SlackWorkers > 0)
        {
            if (options.SlackTokenFiles.Count == 0)
            {
                throw new ArgumentException("the Slack reporter needs a token file (--slack-token-file)");
            }

            services.AddSingleton(static sp => new SlackClient(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, sp.GetRequiredService<CrierOptions>()));
            services.AddSingleton<SlackReporter>();
            services.AddSingleton(static sp => new ReporterRegistration(sp.GetRequiredService<SlackReporter>(), sp.GetRequiredService<CrierOptions>().SlackWorkers));
        }

        services.AddSingleton(static sp => new CrierController(
            sp.GetRequiredService<IProwJobStore>(), sp.GetRequiredService<ProwJobIndex>(), sp.GetServices<ReporterRegistration>(), sp.GetRequiredService<CrierOptions>(),
            sp.GetRequiredService<CrierMetrics>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<CrierController>>()));
        services.AddHostedService(static sp => sp.GetRequiredService<CrierController>());
        return services;
    }
}
