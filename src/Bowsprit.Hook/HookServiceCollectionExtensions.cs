using Bowsprit.Plugins.Framework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bowsprit.Hook;

/// <summary>
/// Registers hook's own services. The composition root adds what hook consumes: the inbox, the config agents
/// (<c>ConfigAgent&lt;ProwConfig&gt;</c>, <c>ConfigAgent&lt;PluginsConfig&gt;</c>, <c>ConfigAgent&lt;HmacSecrets&gt;</c>),
/// the GitHub client, the ProwJob store and factory, and the plugins.
/// </summary>
public static class HookServiceCollectionExtensions
{
    public static IServiceCollection AddHook(this IServiceCollection services, HookOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<HookMetrics>();
        services.AddSingleton(static sp => sp.GetRequiredService<HookMetrics>().Registry);
        services.AddSingleton<PluginDispatcher>();
        services.AddSingleton<PluginHelpProvider>();
        services.AddSingleton<ExternalPluginForwarder>();
        services.AddSingleton<DeliveryProcessor>();
        services.AddSingleton<HookWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<HookWorker>());
        services.AddHttpClient(ExternalPluginForwarder.HttpClientName);
        return services;
    }
}
