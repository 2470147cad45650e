using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Deck.Index;
using Bowsprit.GitHub.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Deck.Tests.Support;

/// <summary>Deck on real Kestrel at 127.0.0.1:0 over a given store, as <c>bowsprit serve --components deck</c> wires it.</summary>
internal sealed class DeckHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DeckHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public JobIndex Index => _app.Services.GetRequiredService<JobIndex>();

    public static async Task<DeckHost> StartAsync(IProwJobStore store, Func<Func<ProwConfig>, DeckOptions> options, ProwConfig? config = null, GitHubClient? bot = null, CancellationToken ct = default)
    {
        config ??= LoadConfig(DefaultConfigYaml);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(store);
        if (bot is not null)
        {
            builder.Services.AddSingleton(bot);
        }

        builder.Services.AddDeck(options(() => config));
        var app = builder.Build();
        app.MapDeck();
        await app.StartAsync(ct);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var host = new DeckHost(app, url.TrimEnd('/'));
        await host.Index.Ready.WaitAsync(TimeSpan.FromSeconds(10), ct);
        return host;
    }

    /// <summary>The config test decks read unless a test passes its own.</summary>
    public const string DefaultConfigYaml = """
        deck:
          rerun_auth_configs:
            "*":
              github_users: [alice]
            "org/open":
              allow_anyone: true
        presubmits:
          org/a:
          - name: pull-a-unit
            always_run: true
            branches: [main]
            spec: {containers: [{image: busybox, command: ["true"]}]}
          - name: pull-a-release-only
            skip_branches: [main]
            spec: {containers: [{image: busybox, command: ["true"]}]}
        postsubmits:
          org/a:
          - name: post-a-build
            spec: {containers: [{image: busybox, command: ["true"]}]}
        periodics:
        - name: ci-nightly
          interval: 24h
          extra_refs: [{org: org, repo: a, base_ref: main}]
          spec: {containers: [{image: busybox, command: ["true"]}]}
        """;

    public static ProwConfig LoadConfig(string yaml)
    {
        var dir = Directory.CreateTempSubdirectory("bowsprit-deck-config");
        var path = Path.Combine(dir.FullName, "config.yaml");
        File.WriteAllText(path, yaml);
        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(path));
        var errors = loaded.Errors.ToList();
        return errors.Count == 0 ? loaded.Config : throw new InvalidOperationException(string.Join("\n", errors));
    }

    /// <summary>Waits until the index shows what the test just wrote to the store.</summary>
    public async Task<JobIndexSnapshot> WaitForIndexAsync(Func<JobIndexSnapshot, bool> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var snapshot = Index.Snapshot;
            if (condition(snapshot))
            {
                return snapshot;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the job index never showed the expected change");
            }

            await Task.Delay(20, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
