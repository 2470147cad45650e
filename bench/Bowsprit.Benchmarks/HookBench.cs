using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Hook;
using Bowsprit.Hosting;
using Bowsprit.Plugins;
using Bowsprit.Plugins.Framework;
using Bowsprit.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Benchmarks;

/// <summary>
/// hook under load with the largest corpus config (kubevirt, ~1,650 jobs): (1) signed deliveries per second
/// acknowledged over HTTP into the SQLite inbox, with p50/p99 acknowledgement latency; (2) POST → ProwJob
/// latency for pushes to kubevirt/kubevirt main, which trigger postsubmits without any GitHub call.
/// </summary>
internal static class HookBench
{
    private const string Secret = "bench-secret";

    public static async Task<int> RunAsync(string[] args)
    {
        var deliveries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20000;
        var pushes = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 200;
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-bench-hook", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, "hmac"), Secret);
        await File.WriteAllTextAsync(Path.Combine(dir, "plugins.yaml"), "plugins:\n  kubevirt:\n    plugins: [trigger]\n");
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dir, "prowjobs.db"), CancellationToken.None);
        await using var created = new CreatedJobsWatcher(store, "0");
        await using var app = await StartHookAsync(dir, store);
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });

        // Warm up JIT, SQLite and the config snapshot.
        for (var i = 0; i < 200; i++)
        {
            await PostAsync(http, url, "issue_comment", Comment(i));
        }

        var latencies = new double[deliveries];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < deliveries)
            {
                var started = Stopwatch.GetTimestamp();
                await PostAsync(http, url, "issue_comment", Comment(i));
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var elapsed = watch.Elapsed;
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"acknowledged {deliveries} signed deliveries in {elapsed.TotalSeconds:F2} s: {deliveries / elapsed.TotalSeconds:F0}/s, p50 {latencies[deliveries / 2]:F2} ms, p99 {latencies[(int)(deliveries * 0.99)]:F2} ms (32 concurrent clients)"));

        var toJob = new List<double>();
        for (var i = 0; i < pushes; i++)
        {
            var sha = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + "00000000";
            var wait = created.WaitForAsync(sha);
            var started = Stopwatch.GetTimestamp();
            await PostAsync(http, url, "push", Push(sha));
            await wait.WaitAsync(TimeSpan.FromSeconds(30));
            toJob.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // The waiter fires on a push's first job; let the last push's other jobs land before counting.
        for (var settled = created.Created; ; settled = created.Created)
        {
            await Task.Delay(200);
            if (created.Created == settled)
            {
                break;
            }
        }

        toJob.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"push → postsubmit ProwJobs: {pushes} pushes, p50 {toJob[toJob.Count / 2]:F2} ms, p99 {toJob[(int)(toJob.Count * 0.99)]:F2} ms; {created.Created} ProwJobs created"));
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static async Task<WebApplication> StartHookAsync(string dir, IProwJobStore store)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var time = TimeProvider.System;
        var log = NullLogger.Instance;
        builder.Services.AddHook(new HookOptions { HmacSecretFile = Path.Combine(dir, "hmac"), InboxPath = Path.Combine(dir, "inbox.db") });
        builder.Services.AddSingleton(await SqliteWebhookInbox.OpenAsync(Path.Combine(dir, "inbox.db"), CancellationToken.None));
        builder.Services.AddSingleton(ProwConfigAgents.Config(BenchCorpus.ConfigPath, BenchCorpus.JobsPath, time, log));
        builder.Services.AddSingleton(ProwConfigAgents.Plugins(Path.Combine(dir, "plugins.yaml"), time, log));
        builder.Services.AddSingleton(HmacSecretsAgent.Create(Path.Combine(dir, "hmac"), time, log));
        builder.Services.AddSingleton(new GitHubClient(new HttpClient(), new GitHubClientOptions { ApiUrl = "http://127.0.0.1:9", MaxAttempts = 1 }, time));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(new ProwJobFactory(time));
        foreach (var plugin in BuiltInPlugins.Create())
        {
            builder.Services.AddSingleton<IPlugin>(plugin);
        }

        var app = builder.Build();
        app.MapHook();
        await app.StartAsync();
        return app;
    }

    private static async Task PostAsync(HttpClient http, string url, string eventName, byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-GitHub-Event", eventName);
        request.Headers.Add("X-GitHub-Delivery", Guid.NewGuid().ToString());
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(body, Secret));
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A comment on a repo where no plugin is enabled: measures acceptance, not plugin work.</summary>
    private static byte[] Comment(int i) => Encoding.UTF8.GetBytes(
        $"{{\"action\":\"created\",\"issue\":{{\"id\":1,\"number\":{i % 500 + 1},\"title\":\"t\",\"state\":\"open\",\"user\":{{\"login\":\"a\",\"id\":1}},\"labels\":[],\"assignees\":[],\"comments\":0,\"created_at\":\"2026-11-24T00:00:00Z\",\"updated_at\":\"2026-11-24T00:00:00Z\"}}," +
        $"\"comment\":{{\"id\":{i},\"user\":{{\"login\":\"a\",\"id\":1}},\"body\":\"hello {i}\",\"created_at\":\"2026-11-24T00:00:00Z\",\"updated_at\":\"2026-11-24T00:00:00Z\"}}," +
        "\"repository\":{\"id\":2,\"name\":\"bench\",\"full_name\":\"quiet/bench\",\"owner\":{\"login\":\"quiet\",\"id\":3},\"default_branch\":\"main\"},\"sender\":{\"login\":\"a\",\"id\":1}}");

    /// <summary>A push to kubevirt/kubevirt main touching one file.</summary>
    private static byte[] Push(string sha) => Encoding.UTF8.GetBytes(
        $"{{\"ref\":\"refs/heads/main\",\"before\":\"{new string('1', 40)}\",\"after\":\"{sha}\",\"created\":false,\"deleted\":false,\"forced\":false," +
        $"\"compare\":\"https://github.com/kubevirt/kubevirt/compare/x\",\"commits\":[{{\"id\":\"{sha}\",\"distinct\":true,\"message\":\"m\",\"timestamp\":\"2026-11-24T00:00:00Z\"," +
        "\"author\":{\"name\":\"a\",\"email\":\"a@x\"},\"committer\":{\"name\":\"a\",\"email\":\"a@x\"},\"added\":[],\"removed\":[],\"modified\":[\"pkg/virt-controller/a.go\"]}]," +
        "\"repository\":{\"id\":2,\"name\":\"kubevirt\",\"full_name\":\"kubevirt/kubevirt\",\"owner\":{\"name\":\"kubevirt\",\"login\":\"kubevirt\",\"id\":3},\"default_branch\":\"main\",\"html_url\":\"https://github.com/kubevirt/kubevirt\"}," +
        "\"pusher\":{\"name\":\"a\",\"email\":\"a@x\"},\"sender\":{\"login\":\"a\",\"id\":1}}");
}
