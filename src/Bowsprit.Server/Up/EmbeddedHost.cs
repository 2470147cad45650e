using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Server.Up;

/// <summary>
/// <c>bowsprit up</c>: every component in one process on the embedded backends (SQLite, local runtime,
/// artifacts on disk) under one data directory, plus in demo mode the forge with a seeded repository. hook and
/// <c>/metrics</c> share deck's port; the forge takes its own loopback port.
/// </summary>
public sealed class EmbeddedHost : IAsyncDisposable
{
    public static IReadOnlyList<string> Components => BowspritServer.KnownComponents;

    private readonly WebApplication _app;
    private readonly DemoForge? _forge;
    private readonly string _dataDir;

    private EmbeddedHost(WebApplication app, DemoForge? forge, string dataDir, UpEndpoints endpoints)
    {
        _app = app;
        _forge = forge;
        _dataDir = dataDir;
        Endpoints = endpoints;
    }

    public UpEndpoints Endpoints { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Starts everything and returns once <c>endpoints.json</c> is written. <paramref name="logging"/> adjusts the
    /// logging (the live status display replaces the console logger with a file).
    /// </summary>
    public static async Task<EmbeddedHost> StartAsync(UpOptions options, Action<ILoggingBuilder>? logging, CancellationToken ct)
    {
        var dataDir = options.FullDataDir;
        Directory.CreateDirectory(dataDir);
        var port = options.Port == 0 ? FreePort(options.Host) : options.Port;
        var localHost = options.Host is "0.0.0.0" or "::" or "[::]" ? "127.0.0.1" : options.Host;
        var deckUrl = (options.PublicUrl ?? $"http://{localHost}:{port}").TrimEnd('/');
        var hookUrl = $"http://{localHost}:{port}/hook";

        DemoForge? forge = null;
        ServeOptions serve;
        DemoState? demo = null;
        DemoSecrets? secrets = null;
        try
        {
            if (options.IsDemo)
            {
                secrets = new DemoSecrets(dataDir);
                secrets.EnsureAll();
                demo = DemoState.Read(dataDir);
                forge = await DemoForge.StartAsync(dataDir, localHost, demo.ForgePort, secrets, logging, ct);
                var config = DemoConfigFiles.Write(dataDir, demo, forge.BaseUrl, deckUrl);
                demo = demo with { ForgeUrl = forge.BaseUrl, DeckUrl = deckUrl };
                demo.Write(dataDir);
                serve = Serve(options, port, dataDir) with
                {
                    ConfigPath = config.ConfigPath,
                    JobConfigPath = config.JobConfigPath,
                    PluginConfig = config.PluginConfig,
                    HmacSecretFile = secrets.HmacPath,
                    GitHubEndpoint = forge.ApiUrl,
                    GitHubTokenPath = secrets.BotTokenPath,
                    BotLogin = DemoRepository.Bot,
                    CookieSecretFile = secrets.CookieSecretPath,
                    GitHubOAuthConfigFile = secrets.OAuthConfigPath,
                    RerunCreatesJob = true,
                };
            }
            else
            {
                serve = await RealGitHubAsync(options, port, dataDir, ct);
            }

            var app = await BowspritServer.BuildAsync(serve, ct, builder =>
            {
                // First registered, so stopped last: after plank can start no more runs and hook has drained its
                // inbox, while the store and the runtime are still there.
                builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, ShutdownAborter>());
                if (logging is not null)
                {
                    logging(builder.Logging);
                }
            });
            await app.StartAsync(ct);

            UpEndpoints.DemoEndpoints? demoEndpoints = null;
            if (forge is not null && demo is not null && secrets is not null)
            {
                await forge.SeedAsync(hookUrl, ct);
                var number = demo.PullRequest ?? await forge.EnsurePullRequestAsync(ct);
                (demo with { PullRequest = number }).Write(dataDir);
                demoEndpoints = new(DemoRepository.FullName, number, DemoRepository.User, secrets.UserTokenPath, DemoRepository.Bot);
            }

            var endpoints = new UpEndpoints
            {
                Pid = Environment.ProcessId,
                Deck = deckUrl,
                Hook = hookUrl,
                Metrics = $"http://{localHost}:{port}/metrics",
                Mode = options.IsDemo ? "demo" : "github",
                Forge = forge is null ? null : new(forge.BaseUrl, forge.ApiUrl, forge.GraphQLUrl, forge.GitUrl),
                Demo = demoEndpoints,
            };
            endpoints.Write(dataDir);
            return new EmbeddedHost(app, forge, dataDir, endpoints);
        }
        catch
        {
            if (forge is not null)
            {
                await forge.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Completes when the host starts stopping (Ctrl-C, SIGTERM) or <paramref name="ct"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken ct) => _app.WaitForShutdownAsync(ct);

    public async ValueTask DisposeAsync()
    {
        // Components first (running jobs are recorded as aborted, the inbox drained), then the forge they talk to.
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        if (_forge is not null)
        {
            await _forge.DisposeAsync();
        }

        File.Delete(UpEndpoints.PathIn(_dataDir));
    }

    private static ServeOptions Serve(UpOptions options, int port, string dataDir) => new()
    {
        Components = Components,
        ListenUrl = $"http://{options.Host}:{port}",
        DataDir = dataDir,
        ConfigPath = options.ConfigPath ?? "",
        JobConfigPath = options.JobConfigPath,
        PluginConfig = options.PluginConfig,
        HmacSecretFile = options.HmacSecretFile ?? "",
        GitHubEndpoint = options.GitHubEndpoint,
        GitHubTokenPath = options.GitHubTokenPath,
        GitHubAppId = options.GitHubAppId,
        GitHubAppPrivateKeyPath = options.GitHubAppPrivateKeyPath,
        MaxConcurrentRuns = options.MaxConcurrentRuns,
        Sandbox = options.Sandbox,
        SlackTokenFile = options.SlackTokenFile,
        GitHubOAuthConfigFile = options.GitHubOAuthConfigFile,
        CookieSecretFile = options.CookieSecret,
        RerunCreatesJob = !string.IsNullOrEmpty(options.GitHubOAuthConfigFile),
    };

    /// <summary>A real GitHub org: Prow's own files and secrets, named by the same flags as Prow's.</summary>
    private static async Task<ServeOptions> RealGitHubAsync(UpOptions options, int port, string dataDir, CancellationToken ct)
    {
        GitHubAuth.Validate(options.GitHubTokenPath, options.GitHubAppId, options.GitHubAppPrivateKeyPath);
        var credentials = string.IsNullOrEmpty(options.GitHubAppId) ? "--github-token-path" : "a GitHub App";
        if (string.IsNullOrEmpty(options.ConfigPath))
        {
            throw new ArgumentException($"with {credentials}, --config-path (Prow's config.yaml) is required");
        }

        if (string.IsNullOrEmpty(options.HmacSecretFile))
        {
            throw new ArgumentException($"with {credentials}, --hmac-secret-file (the webhook secret) is required");
        }

        var bot = options.BotLogin;
        if (string.IsNullOrEmpty(bot))
        {
            // Prow asks GitHub who it is once at startup: the token's user, or the App's "{slug}[bot]".
            bot = await GitHubAuth.BotLoginAsync(options.GitHubEndpoint, options.GitHubTokenPath, options.GitHubAppId, options.GitHubAppPrivateKeyPath, ct);
        }

        var serve = Serve(options, port, dataDir) with { BotLogin = bot };
        if (!string.IsNullOrEmpty(serve.GitHubOAuthConfigFile) && string.IsNullOrEmpty(serve.CookieSecretFile))
        {
            // Sign-in needs a cookie secret; keep a generated one with the data rather than ask for another file.
            var secrets = new DemoSecrets(dataDir);
            secrets.EnsureCookieSecret();
            serve = serve with { CookieSecretFile = secrets.CookieSecretPath };
        }

        return serve;
    }

    private static int FreePort(string host)
    {
        using var listener = new TcpListener(IPAddress.TryParse(host, out var address) ? address : IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
