using Bowsprit.Spyglass.Lenses;
using Bowsprit.Spyglass.Logs;
using Bowsprit.Spyglass.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bowsprit.Spyglass;

/// <summary>
/// Registers spyglass. It reads an <c>IProwJobStore</c> when the composition root registered one (live runs), and
/// uses an <see cref="ISpyglassPageShell"/> registered before this call (deck's) instead of the default shell.
/// </summary>
public static class SpyglassServiceCollectionExtensions
{
    public static IServiceCollection AddSpyglass(this IServiceCollection services, SpyglassOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FirstScreenLines, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTailBytes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxSearchMatches, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.LivePollInterval, TimeSpan.Zero);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISpyglassPageShell, DefaultPageShell>();
        services.AddSingleton<JobResolver>();
        services.AddSingleton<LogIndexCache>();
        services.AddSingleton<LogService>();
        services.AddSingleton<MetadataLens>();
        services.AddSingleton<BuildLogLens>();
        services.AddSingleton<JobPageRenderer>();
        return services;
    }
}
