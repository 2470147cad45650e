using Bowsprit.Core.Api;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bowsprit.Plank;

/// <summary>
/// Registers plank's own services. The composition root adds what plank consumes: the <c>IProwJobStore</c>,
/// the <c>IJobRuntime</c> and, through <see cref="PlankOptions.Config"/>, the live <c>plank</c> section.
/// </summary>
public static class PlankServiceCollectionExtensions
{
    public static IServiceCollection AddPlank(this IServiceCollection services, PlankOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => new BuildIdGenerator(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<PlankMetrics>();
        services.AddSingleton(static sp => sp.GetRequiredService<PlankMetrics>().Registry);
        services.AddSingleton<PlankController>();
        services.AddHostedService(static sp => sp.GetRequiredService<PlankController>());
        return services;
    }
}
