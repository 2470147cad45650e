using Bowsprit.Core.ProwJobs;
using Bowsprit.Deck.Actions;
using Bowsprit.Deck.Auth;
using Bowsprit.Deck.Html;
using Bowsprit.Deck.Index;
using Bowsprit.Deck.Pages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bowsprit.Deck;

public static class DeckServiceCollectionExtensions
{
    internal const string HttpClientName = "bowsprit-deck";

    /// <summary>
    /// Deck's services: the job index (a hosted service fed by <see cref="IProwJobStore"/> list + watch), pages,
    /// login and antiforgery. Needs an <see cref="IProwJobStore"/> registered; uses a GitHubClient when one is
    /// registered (org and team checks for rerun authorization).
    /// </summary>
    public static IServiceCollection AddDeck(this IServiceCollection services, DeckOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => new ProwJobFactory(sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient(HttpClientName);
        services.AddAntiforgery(static o =>
        {
            o.HeaderName = Csrf.HeaderName;
            o.FormFieldName = Csrf.FieldName;
            o.Cookie.Name = "deck_csrf";
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict;
        });
        services.AddSingleton<JobIndex>();
        services.AddHostedService(static sp => sp.GetRequiredService<JobIndex>());
        services.AddSingleton<JobVisibility>();
        services.AddSingleton<DeckPage>();
        services.AddSingleton<DeckSession>();
        services.AddSingleton<BearerLogins>();
        services.AddSingleton<RerunAuthorizer>();
        services.AddSingleton<RerunJobs>();
        services.AddSingleton<JobLinks>();
        services.AddSingleton<JobTable>();
        services.AddSingleton<JobListPage>();
        services.AddSingleton<PrPages>();
        services.AddSingleton<JobHistoryPage>();
        services.AddSingleton<ConfiguredJobsPage>();
        services.AddSingleton<PluginHelpSource>();
        services.AddSingleton<PluginHelpPages>();
        return services;
    }
}
