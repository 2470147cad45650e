using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Bowsprit.Hook;
using Bowsprit.Hosting;
using Bowsprit.Plugins;
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
    public static readonly IReadOnlySet<string> KnownComponents = new HashSet<string>(StringComparer.Ordinal) { "hook" };

    public static async Task<WebApplication> BuildAsync(ServeOptions options, CancellationToken ct)
    {
        var unknown = options.Components.Where(c => !KnownComponents.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"unknown component(s): {string.Join(", ", unknown)}; available: {string.Join(", ", KnownComponents)}");
        }

        var builder = WebApplication.CreateSlimBuilder();
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
        var token = options.GitHubTokenPath is null ? null : (await File.ReadAllTextAsync(options.GitHubTokenPath, ct)).Trim();
        builder.Services.AddSingleton(new GitHubClient(new HttpClient(), new GitHubClientOptions { ApiUrl = options.GitHubEndpoint, Token = token }, time));

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

        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("OK"));
        app.MapGet("/healthz/ready", () => Results.Text("OK"));
        app.MapMetrics();
        if (options.Components.Contains("hook"))
        {
            app.MapHook();
        }

        return app;
    }
}
