using System.Net;
using System.Text;
using System.Text.Json;
using Bowsprit.Cli.Commands;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Sqlite;

namespace Bowsprit.Cli.Tests;

/// <summary><c>bowsprit serve --components hook</c> as an operator runs it: real port, files on disk, SQLite state.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string Secret = "serve-test-secret";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-serve", Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ServeCommandTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "hmac"), Secret);
        File.WriteAllText(Path.Combine(_dir, "config.yaml"), """
            postsubmits:
              acme/demo:
              - name: unit
                branches: [main]
                spec:
                  containers:
                  - image: alpine
                    command: ["true"]
            """);
        File.WriteAllText(Path.Combine(_dir, "plugins.yaml"), """
            plugins:
              acme/demo:
                plugins: [trigger, hold]
            """);
    }

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task ServeHook_AcceptsSignedPush_CreatesPostsubmit_AndReplays()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var (baseUrl, serving) = await StartServeAsync("hook", stop.Token);

        var push = Push(new string('a', 40));
        var unsigned = await PostAsync(baseUrl, "push", push, signature: null);
        var delivery = Guid.NewGuid().ToString();
        var accepted = await PostAsync(baseUrl, "push", push, WebhookSignature.Sign(push, Secret), delivery);
        var jobs = await WaitForJobsAsync(1);
        var help = JsonDocument.Parse(await _http.GetStringAsync($"{baseUrl}/plugin-help", Ct)).RootElement;
        var metrics = await _http.GetStringAsync($"{baseUrl}/metrics", Ct);

        var replay = Invoke(Ct, "hook", "replay", "--since", "2000-01-01T00:00:00Z", "--url", baseUrl, "--hmac-secret-file", Path.Combine(_dir, "hmac"));
        Assert.Equal(0, await replay.Run);
        Assert.Contains("\"replayed\":1", replay.Output.ToString(), StringComparison.Ordinal);
        await WaitForAttemptsAsync(delivery, 2);
        var afterReplay = await WaitForJobsAsync(1);

        await stop.CancelAsync();
        Assert.Equal(0, await serving);

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var job = Assert.Single(jobs);
        Assert.Equal("unit", job.Spec.Job);
        Assert.Equal(new string('a', 40), job.Spec.Refs!.BaseSha);
        // Replay runs the plugins again, but a delivery never creates the same ProwJob twice.
        Assert.Equal(job.Metadata.Name, Assert.Single(afterReplay).Metadata.Name);
        Assert.Equal(["acme/demo"], help.GetProperty("AllRepos").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains(help.GetProperty("PluginHelp").GetProperty("trigger").GetProperty("Commands").EnumerateArray(),
            c => c.GetProperty("Usage").GetString()!.StartsWith("/test", StringComparison.Ordinal));
        Assert.Contains("prow_webhook_counter{event_type=\"push\"} 1", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServeHookAndDeck_DeckListsTheTriggeredJobAndShowsHooksHelp()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var (baseUrl, serving) = await StartServeAsync("hook,deck", stop.Token);

        var push = Push(new string('c', 40));
        var accepted = await PostAsync(baseUrl, "push", push, WebhookSignature.Sign(push, Secret));
        var job = Assert.Single(await WaitForJobsAsync(1));
        // deck's index publishes snapshots a little after the store changes.
        string list;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!(list = await _http.GetStringAsync(baseUrl + "/", Ct)).Contains("Jobs 1–1 of 1", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        var commands = await _http.GetStringAsync(baseUrl + "/command-help", Ct);
        var prowJobs = JsonDocument.Parse(await _http.GetStringAsync(baseUrl + "/prowjobs.js", Ct)).RootElement;
        var help = JsonDocument.Parse(await _http.GetStringAsync(baseUrl + "/plugin-help", Ct)).RootElement;

        await stop.CancelAsync();
        Assert.Equal(0, await serving);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Contains("Jobs 1–1 of 1", list, StringComparison.Ordinal);
        Assert.Contains(">unit<", list, StringComparison.Ordinal);
        Assert.Contains("/test", commands, StringComparison.Ordinal);
        Assert.Equal(job.Metadata.Name, prowJobs.GetProperty("items")[0].GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal(["acme/demo"], help.GetProperty("AllRepos").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task ServeHookAndPlank_PushedCommitsPostsubmitRunsLocallyToSuccess()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var (baseUrl, serving) = await StartServeAsync("hook,plank,sinker", stop.Token);

        var push = Push(new string('b', 40));
        var accepted = await PostAsync(baseUrl, "push", push, WebhookSignature.Sign(push, Secret));
        var finished = await WaitForAsync(jobs => jobs.Count == 1 && jobs[0].Status.State.IsComplete());
        var metrics = await _http.GetStringAsync($"{baseUrl}/metrics", Ct);

        await stop.CancelAsync();
        Assert.Equal(0, await serving);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var job = Assert.Single(finished);
        Assert.Equal(ProwJobState.Success, job.Status.State);
        Assert.Equal("Job succeeded.", job.Status.Description);
        Assert.False(string.IsNullOrEmpty(job.Status.BuildId));
        Assert.NotNull(job.Status.CompletionTime);
        Assert.Contains("prow_webhook_counter", metrics, StringComparison.Ordinal);
        Assert.Contains("# TYPE prowjobs gauge", metrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_GitHubAppWithTokenOrUnreadableKey_FailsNamingTheProblem()
    {
        var badKey = Path.Combine(_dir, "app.pem");
        await File.WriteAllTextAsync(badKey, "not a key", Ct);
        string[] common = ["serve", "--components", "hook", "--port", $"{CliProcess.FreePort()}", "--data-dir", Path.Combine(_dir, "data"),
            "--config-path", Path.Combine(_dir, "config.yaml"), "--hmac-secret-file", Path.Combine(_dir, "hmac"), "--github-app-id", "1", "--github-app-private-key-path", badKey];

        var (both, _, bothError) = Invoke(Ct, [.. common, "--github-token-path", badKey]);
        Assert.Equal(1, await both);
        var (unreadable, _, keyError) = Invoke(Ct, common);
        Assert.Equal(1, await unreadable);

        Assert.Contains("mutually exclusive", bothError.ToString(), StringComparison.Ordinal);
        Assert.Contains("app.pem holds no RSA private key", keyError.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_UnknownComponent_FailsWithTheAvailableOnes()
    {
        var (run, _, error) = Invoke(Ct, "serve", "--components", "hook,nope", "--port", $"{CliProcess.FreePort()}", "--data-dir", Path.Combine(_dir, "data"),
            "--config-path", Path.Combine(_dir, "config.yaml"), "--hmac-secret-file", Path.Combine(_dir, "hmac"));

        Assert.Equal(1, await run);
        Assert.Contains("unknown component(s): nope; available: hook, plank, horologium, sinker", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HookReplay_WithoutSecretFile_RefusesToSendUnsignedRequest()
    {
        var (run, _, error) = Invoke(Ct, "hook", "replay", "--since", "2026-11-24T10:00:00Z", "--url", "http://127.0.0.1:9");

        Assert.Equal(1, await run);
        Assert.Contains("--hmac-secret-file", error.ToString(), StringComparison.Ordinal);
    }

    private static (Task<int> Run, StringWriter Output, StringWriter Error) Invoke(CancellationToken ct, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = BowspritCommand.Create().Parse(args);
        parse.InvocationConfiguration.Output = output;
        parse.InvocationConfiguration.Error = error;
        return (Task.Run(() => parse.InvokeAsync(cancellationToken: ct), ct), output, error);
    }

    private async Task WaitHealthyAsync(string baseUrl, Task<int> serving, StringWriter error)
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (serving.IsCompleted)
            {
                Assert.Fail($"serve exited with {await serving}: {error}");
            }

            try
            {
                if (await _http.GetStringAsync($"{baseUrl}/healthz", Ct) == "OK")
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("serve did not become healthy within 15 s");
    }

    private Task<IReadOnlyList<ProwJob>> WaitForJobsAsync(int count) => WaitForAsync(jobs => jobs.Count >= count);

    private async Task<IReadOnlyList<ProwJob>> WaitForAsync(Func<IReadOnlyList<ProwJob>, bool> condition)
    {
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(_dir, "data", "prowjobs.db"), Ct);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var jobs = await store.ListAsync(ProwJobQuery.All, Ct);
            if (condition(jobs))
            {
                return jobs;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail("the ProwJobs did not reach the expected state within 10 s");
        return [];
    }

    private async Task WaitForAttemptsAsync(string delivery, int attempts)
    {
        await using var inbox = await SqliteWebhookInbox.OpenAsync(Path.Combine(_dir, "data", "hook", "inbox.db"), Ct);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await inbox.GetAsync(delivery, Ct))?.Attempts >= attempts)
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail($"delivery {delivery} was not processed {attempts} times within 10 s");
    }

    private async Task<HttpResponseMessage> PostAsync(string baseUrl, string eventName, byte[] body, string? signature, string? delivery = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/hook") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-GitHub-Event", eventName);
        request.Headers.Add("X-GitHub-Delivery", delivery ?? Guid.NewGuid().ToString());
        if (signature is not null)
        {
            request.Headers.Add(WebhookSignature.Header, signature);
        }

        return await _http.SendAsync(request, Ct);
    }

    /// <summary>Runs <c>serve</c> in-process with this test's config, plugins and secret, and waits until it is healthy.</summary>
    private async Task<(string BaseUrl, Task<int> Serving)> StartServeAsync(string components, CancellationToken ct)
    {
        var port = CliProcess.FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var (serving, _, error) = Invoke(ct, "serve", "--components", components, "--port", $"{port}", "--data-dir", Path.Combine(_dir, "data"),
            "--config-path", Path.Combine(_dir, "config.yaml"), "--plugin-config", Path.Combine(_dir, "plugins.yaml"),
            "--hmac-secret-file", Path.Combine(_dir, "hmac"), "--github-endpoint", "http://127.0.0.1:9");
        await WaitHealthyAsync(baseUrl, serving, error);
        return (baseUrl, serving);
    }

    private static byte[] Push(string sha) => Encoding.UTF8.GetBytes($$"""
        {"ref":"refs/heads/main","before":"{{new string('1', 40)}}","after":"{{sha}}","created":false,"deleted":false,"forced":false,
         "commits":[{"id":"{{sha}}","distinct":true,"message":"m","timestamp":"2026-11-24T00:00:00Z","author":{"name":"a","email":"a@x"},
                     "committer":{"name":"a","email":"a@x"},"added":[],"removed":[],"modified":["main.go"]}],
         "repository":{"id":2,"name":"demo","full_name":"acme/demo","owner":{"name":"acme","login":"acme","id":3},"default_branch":"main",
                       "html_url":"https://github.com/acme/demo"},
         "pusher":{"name":"a","email":"a@x"},"sender":{"login":"a","id":1} }
        """);
}
