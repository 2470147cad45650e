using Bowsprit.Forge.Api;
using Bowsprit.Forge.Api.Endpoints;
using Bowsprit.Forge.Git;
using Bowsprit.Forge.Graph;
using Bowsprit.Forge.Repos;
using Bowsprit.Forge.State;
using Bowsprit.Forge.Web;
using Bowsprit.Forge.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Forge.Hosting;

/// <summary>
/// A running forge: git over smart HTTP at <c>/ORG/REPO.git</c>, REST at <c>/api/v3</c>, GraphQL at
/// <c>/api/graphql</c>, the admin API at <c>/api/forge</c> and a read-only web UI. Binds 127.0.0.1 unless told
/// otherwise; port 0 picks a free port (tests and <c>bowsprit up</c> do that).
/// </summary>
public sealed class ForgeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ForgeServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string ApiUrl => $"{BaseUrl}/api/v3";

    public string GraphQLUrl => $"{BaseUrl}/api/graphql";

    public IServiceProvider Services => _app.Services;

    public static async Task<ForgeServer> StartAsync(ForgeOptions options, string listenUrl = "http://127.0.0.1:0", Action<ILoggingBuilder>? logging = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(options.DataDir);
        var store = await ForgeStore.OpenAsync(Path.Combine(options.DataDir, "forge.db"), ct);
        var state = await store.LoadAsync(ct);
        if (EnsureDefaultUser(state, options) is { } created)
        {
            await store.SaveAsync(state, created, ct);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(listenUrl);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null);
        builder.Logging.ClearProviders();
        if (logging is not null)
        {
            logging(builder.Logging);
        }

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(store);
        services.AddSingleton(state);
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<ForgeDatabase>();
        services.AddSingleton<ForgeRateLimiter>();
        services.AddSingleton(new GitRunner());
        services.AddSingleton(sp => new GitRepositoryStore(Path.Combine(options.DataDir, "git"), sp.GetRequiredService<GitRunner>()));
        services.AddSingleton<ForgeGit>();
        services.AddSingleton(new ForgeUrls(options.PublicUrl ?? "http://127.0.0.1"));
        services.AddSingleton<GitHubPresenter>();
        services.AddSingleton<WebhookEvents>();
        services.AddSingleton<ForgeContext>();
        services.AddSingleton<PushProcessor>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddHttpClient(WebhookDispatcher.HttpClientName);
        services.AddForgeGraphQL();

        var app = builder.Build();
        app.UseMiddleware<ApiPipeline>();
        var api = app.MapGroup("/api/v3");
        api.MapUsers();
        api.MapOrgs();
        api.MapRepos();
        api.MapIssues();
        api.MapComments();
        api.MapLabels();
        api.MapPulls();
        api.MapMerge();
        api.MapReviews();
        api.MapStatuses();
        api.MapProtection();
        api.MapContents();
        api.MapSearch();
        api.MapHooks();
        api.MapApps();
        api.MapFallback(() => ApiJson.Error(404, "Not Found"));
        var admin = app.MapGroup("/api/forge");
        admin.MapAdmin();
        admin.MapAdminApps();
        app.MapForgeGraphQL();
        app.MapGitSmartHttp(app.Services.GetRequiredService<GitRepositoryStore>(), GitAccessPolicy.Create(app.Services));
        app.MapForgeOAuth();
        app.MapForgeWeb();

        await app.StartAsync(ct);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseUrl = options.PublicUrl ?? bound.Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
        app.Services.GetRequiredService<ForgeUrls>().Base = baseUrl.TrimEnd('/');
        return new ForgeServer(app, baseUrl.TrimEnd('/'));
    }

    /// <summary>Anonymous writes are attributed to the default user, so it must exist (as a site admin).</summary>
    private static ForgeChanges? EnsureDefaultUser(ForgeState state, ForgeOptions options)
    {
        if (state.User(options.DefaultUser) is not null)
        {
            return null;
        }

        state.Users[options.DefaultUser] = new ForgeUser
        {
            Id = state.NewId(), Login = options.DefaultUser, Name = "Forge Admin", Email = $"{options.DefaultUser}@users.noreply.forge", SiteAdmin = true,
        };
        var changes = new ForgeChanges();
        changes.Users.Add(options.DefaultUser);
        return changes;
    }

    public async ValueTask DisposeAsync()
    {
        var store = Services.GetRequiredService<ForgeStore>();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await store.DisposeAsync();
    }
}
