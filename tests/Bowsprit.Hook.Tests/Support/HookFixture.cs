using System.Net.Http.Headers;
using System.Text;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hosting;
using Bowsprit.Plugins.Framework;
using Bowsprit.Sqlite;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Hook.Tests.Support;

/// <summary>
/// hook on real Kestrel (127.0.0.1:0) with a temp directory holding config.yaml, plugins.yaml, the HMAC secret
/// file and the SQLite inbox; plugins are given by the test. GitHub calls go to <see cref="GitHubUrl"/>.
/// </summary>
public sealed class HookFixture : IAsyncDisposable
{
    public const string Secret = "abcde12345";
    private WebApplication? _app;

    private HookFixture(string dir) => Dir = dir;

    public string Dir { get; }

    public string Url { get; private set; } = "";

    public string ConfigPath => Path.Combine(Dir, "config.yaml");

    public string PluginsPath => Path.Combine(Dir, "plugins.yaml");

    public string InboxPath => Path.Combine(Dir, "inbox.db");

    public string GitHubUrl { get; set; } = "http://127.0.0.1:9";

    public string? GitHubToken { get; set; }

    public InMemoryProwJobStore ProwJobs { get; } = new();

    public HttpClient Http { get; } = new();

    public IServiceProvider Services => _app!.Services;

    public static HookFixture Create(string pluginsYaml = "plugins:\n  acme:\n    plugins: [recorder, thrower]\n", string? secretFile = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-hook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var fixture = new HookFixture(dir);
        File.WriteAllText(fixture.ConfigPath, "prowjob_namespace: default\n");
        File.WriteAllText(fixture.PluginsPath, pluginsYaml);
        File.WriteAllText(Path.Combine(dir, "hmac"), secretFile ?? Secret);
        return fixture;
    }

    public async Task StartAsync(IEnumerable<IPlugin> plugins, CancellationToken ct, Action<HookOptions>? configure = null)
    {
        var options = new HookOptions { HmacSecretFile = Path.Combine(Dir, "hmac"), InboxPath = InboxPath, PollInterval = TimeSpan.FromMilliseconds(200), MaxBodyBytes = 1024 * 1024 };
        configure?.Invoke(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var time = TimeProvider.System;
        var log = NullLogger.Instance;
        var services = builder.Services;
        services.AddHook(options);
        services.AddSingleton(await SqliteWebhookInbox.OpenAsync(InboxPath, ct));
        services.AddSingleton(ProwConfigAgents.Config(ConfigPath, null, time, log));
        services.AddSingleton(ProwConfigAgents.Plugins(PluginsPath, time, log));
        services.AddSingleton(HmacSecretsAgent.Create(options.HmacSecretFile, time, log));
        services.AddSingleton(new GitHubClient(new HttpClient(), new GitHubClientOptions { ApiUrl = GitHubUrl, Token = GitHubToken, RetryDelay = TimeSpan.FromMilliseconds(10) }, time));
        services.AddSingleton<IProwJobStore>(ProwJobs);
        services.AddSingleton(new ProwJobFactory(time));
        foreach (var plugin in plugins)
        {
            services.AddSingleton(plugin);
        }

        _app = builder.Build();
        _app.MapHook();
        _app.MapMetrics();
        await _app.StartAsync(ct);
        Url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.Services.GetRequiredService<SqliteWebhookInbox>().DisposeAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    /// <summary>Posts a delivery signed with <paramref name="secret"/>; headers can be left out to test rejections.</summary>
    public async Task<HttpResponseMessage> PostAsync(string eventName, string body, CancellationToken ct, string? delivery = null, string? secret = Secret,
        string contentType = "application/json", bool withEvent = true, bool withDelivery = true)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Url}/hook") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (withEvent)
        {
            request.Headers.Add("X-GitHub-Event", eventName);
        }

        if (withDelivery)
        {
            request.Headers.Add("X-GitHub-Delivery", delivery ?? Guid.NewGuid().ToString());
        }

        if (secret is not null)
        {
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(bytes, secret));
        }

        return await Http.SendAsync(request, ct);
    }

    /// <summary>Waits until the inbox has nothing pending and every scheduled delivery is done.</summary>
    public async Task DrainAsync(CancellationToken ct)
    {
        var inbox = Services.GetRequiredService<SqliteWebhookInbox>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await inbox.PendingAsync(1, ct)).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "inbox did not drain within 15s");
            await Task.Delay(20, ct);
        }

        await Services.GetRequiredService<HookWorker>().DrainAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Http.Dispose();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>A minimal but GitHub-shaped issue_comment payload on a pull request.</summary>
    public static string Comment(string org, string repo, int number, string body, string user = "alice")
    {
        var text = System.Text.Json.JsonSerializer.Serialize(body);
        return "{\"action\":\"created\","
            + $"\"issue\":{{\"id\":1,\"number\":{number},\"title\":\"t\",\"state\":\"open\",\"user\":{{\"login\":\"{user}\",\"id\":2}},\"labels\":[],\"assignees\":[],\"comments\":0,\"created_at\":\"2026-11-24T00:00:00Z\",\"updated_at\":\"2026-11-24T00:00:00Z\",\"pull_request\":{{\"url\":\"x\"}}}},"
            + $"\"comment\":{{\"id\":{number * 100},\"user\":{{\"login\":\"{user}\",\"id\":2}},\"body\":{text},\"created_at\":\"2026-11-24T00:00:00Z\",\"updated_at\":\"2026-11-24T00:00:00Z\"}},"
            + $"\"repository\":{{\"id\":3,\"name\":\"{repo}\",\"full_name\":\"{org}/{repo}\",\"owner\":{{\"login\":\"{org}\",\"id\":4}},\"default_branch\":\"main\"}},"
            + $"\"sender\":{{\"login\":\"{user}\",\"id\":2}}}}";
    }
}
