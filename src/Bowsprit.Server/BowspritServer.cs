using Bowsprit.Core.Config;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.Deck;
using Bowsprit.Hook;
using Bowsprit.Horologium;
using Bowsprit.Hosting;
using Bowsprit.LocalRuntime;
using Bowsprit.Plank;
using Bowsprit.Plugins;
using Bowsprit.Sinker;
using Bowsprit.Spyglass;
using Bowsprit.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Server;

/// <summary>
/// Builds the web host for <c>bowsprit serve --components ...</c>: shared services (config agents, GitHub
/// client, embedded stores) once, then each selected component's services and endpoints.
/// </summary>
public static class BowspritServer
{
    public static readonly IReadOnlyList<string> KnownComponents = ["hook", "plank", "horologium", "sinker", "crier", "deck"];

    /// <summary><paramref name="configure"/> makes last changes before the host is built (<c>bowsprit up</c> adds its own services and logging).</summary>
    public static async Task<WebApplication> BuildAsync(ServeOptions options, CancellationToken ct, Action<WebApplicationBuilder>? configure = null)
    {
        var unknown = options.Components.Where(c => !KnownComponents.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown component(s): {string.Join(", ", unknown)}; available: {string.Join(", ", KnownComponents)}");
        }

        // No appsettings reloading: its watcher covers the whole content root (often the directory holding the data
        // dir) and woke for every file a job wrote, costing more CPU than running the jobs.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.WebHost.UseUrls(options.ListenUrl);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);

        // Per-request framework logs would drown hook's own line per delivery.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.Configure<HostOptions>(h => h.ShutdownTimeout = TimeSpan.FromSeconds(30));
        var time = TimeProvider.System;
        using var bootstrap = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        var log = bootstrap.CreateLogger("bowsprit");

        var config = ProwConfigAgents.Config(options.ConfigPath, options.JobConfigPath, time, log);
        var plugins = ProwConfigAgents.Plugins(options.PluginConfig, time, log);
        _ = config.Current;
        _ = plugins.Current;
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(config);
        builder.Services.AddHostedService(_ => config);
        builder.Services.AddSingleton(plugins);
        builder.Services.AddHostedService(_ => plugins);
        builder.Services.AddSingleton<IProwJobStore>(await SqliteProwJobStore.OpenAsync(Path.Combine(options.DataDir, "prowjobs.db"), ct));
        builder.Services.AddSingleton(new ProwJobFactory(time));
        var (gitHub, appTokens) = await GitHubAuth.CreateClientAsync(new HttpClient(), options.GitHubEndpoint, options.GitHubTokenPath, options.GitHubAppId, options.GitHubAppPrivateKeyPath, time, ct);
        builder.Services.AddSingleton(gitHub);
        if (appTokens is not null)
        {
            builder.Services.AddSingleton(appTokens);
        }

        if (options.Components.Contains("hook") && string.IsNullOrEmpty(options.HmacSecretFile))
        {
            throw new ArgumentException("hook needs --hmac-secret-file");
        }

        builder.Services.AddSingleton<Func<ProwConfig>>(() => config.Current.Value);
        if (options.Components.Contains("plank") || options.Components.Contains("sinker"))
        {
            AddLocalRuntime(builder.Services, options);
        }

        if (options.Components.Contains("plank"))
        {
            builder.Services.AddPlank(new PlankOptions { Config = () => config.Current.Value.Plank });
        }

        if (options.Components.Contains("horologium"))
        {
            builder.Services.AddHostedService<HorologiumController>();
        }

        if (options.Components.Contains("sinker"))
        {
            builder.Services.AddHostedService<SinkerController>();
        }

        if (options.Components.Contains("crier"))
        {
            CrierComponent.Add(builder.Services, options, config);
        }

        if (options.Components.Contains("hook"))
        {
            var secrets = HmacSecretsAgent.Create(options.HmacSecretFile, time, log);
            _ = secrets.Current;
            builder.Services.AddSingleton(secrets);
            builder.Services.AddHostedService(_ => secrets);
            builder.Services.AddSingleton(await SqliteWebhookInbox.OpenAsync(Path.Combine(options.DataDir, "hook", "inbox.db"), ct));
            builder.Services.AddHook(new HookOptions { HmacSecretFile = options.HmacSecretFile, BotLogin = options.BotLogin });
            foreach (var plugin in BuiltInPlugins.Create())
            {
                builder.Services.AddSingleton(plugin);
            }
        }

        if (options.Components.Contains("deck"))
        {
            DeckComponent.Add(builder, options, () => config.Current.Value, options.PluginConfig is null ? null : () => plugins.Current.Value);
        }

        configure?.Invoke(builder);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("OK"));
        app.MapGet("/healthz/ready", () => Results.Text("OK"));
        app.MapMetrics();
        if (options.Components.Contains("hook"))
        {
            app.MapHook();
        }

        if (options.Components.Contains("deck"))
        {
            app.MapDeck();
            app.MapSpyglass();
        }

        return app;
    }

    /// <summary>Embedded mode runs jobs as local processes, sandboxed away from Bowsprit's own state and secrets.</summary>
    private static void AddLocalRuntime(IServiceCollection services, ServeOptions options)
    {
        var runtime = new LocalRuntimeOptions
        {
            WorkspaceRoot = Path.GetFullPath(Path.Combine(options.DataDir, "runs")),
            ArtifactsRoot = EmbeddedPaths.Artifacts(options),
            Sandbox = options.Sandbox,
        };
        if (options.MaxConcurrentRuns is { } maxRuns)
        {
            runtime.MaxConcurrentRuns = Math.Max(1, maxRuns);
        }

        runtime.HiddenPaths.Add(Path.GetFullPath(options.DataDir));
        foreach (var secret in new[] { options.HmacSecretFile, options.GitHubTokenPath, options.GitHubAppPrivateKeyPath, options.SlackTokenFile })
        {
            if (!string.IsNullOrEmpty(secret) && Path.GetDirectoryName(Path.GetFullPath(secret)) is { Length: > 1 } directory)
            {
                runtime.HiddenPaths.Add(directory);
            }
        }

        services.AddSingleton(runtime);
        services.AddSingleton<LocalJobRuntime>();
        services.AddSingleton<IJobRuntime>(static sp => sp.GetRequiredService<LocalJobRuntime>());
    }
}
