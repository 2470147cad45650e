using System.Diagnostics;
using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.GitHub.Client;
using Bowsprit.Testing;
using Microsoft.AspNetCore.Http;

namespace Bowsprit.Crier.Tests.GitHub;

/// <summary>A loopback "GitHub" that fails status writes in scripted ways before accepting them.</summary>
public sealed class GitHubRetryTests : IAsyncLifetime
{
    private static readonly TestRepo Repo = new("acme", "demo", new string('b', 40), new string('c', 40), 7);
    private readonly Queue<Func<HttpContext, Task>> _script = new();
    private readonly Lock _gate = new();
    private readonly HttpClient _http = new();
    private LoopbackServer _server = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync(TestContext.Current.CancellationToken);
        _server.Handler = async (request, http) =>
        {
            if (request.Method == "GET")
            {
                await http.Response.WriteAsync("[]");
                return;
            }

            Func<HttpContext, Task>? next;
            lock (_gate)
            {
                _script.TryDequeue(out next);
            }

            await (next ?? Created)(http);
        };
    }

    private static Task Created(HttpContext http)
    {
        http.Response.StatusCode = 201;
        return http.Response.WriteAsync("{\"id\":1,\"state\":\"success\",\"context\":\"unit\"}");
    }

    private static Func<HttpContext, Task> Fail(int status, string message, params (string Name, string Value)[] headers) => http =>
    {
        http.Response.StatusCode = status;
        foreach (var (name, value) in headers)
        {
            http.Response.Headers[name] = value;
        }

        return http.Response.WriteAsync($"{{\"message\":\"{message}\"}}");
    };

    private void Script(params Func<HttpContext, Task>[] steps)
    {
        lock (_gate)
        {
            foreach (var step in steps)
            {
                _script.Enqueue(step);
            }
        }
    }

    private int StatusPosts => _server.Requests.Count(r => r.Method == "POST" && r.Path.Contains("/statuses/", StringComparison.Ordinal));

    private async Task<(CrierRun Crier, InMemoryProwJobStore Store, ProwJob Job)> ReportAsync(CancellationToken ct)
    {
        var store = new InMemoryProwJobStore();
        var client = new GitHubClient(_http, new GitHubClientOptions { ApiUrl = _server.Url, Token = "t", MaxAttempts = 1 }, TimeProvider.System);
        var options = CrierRun.Options();
        var index = new ProwJobIndex();
        var reporter = new GitHubReporter(client, store, index, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<GitHubReporter>.Instance);
        var crier = await CrierRun.StartAsync(store, index, options, [new ReporterRegistration(reporter, 1)], ct);
        var job = await store.CreateAsync(TestJobs.Presubmit(Repo, "unit", ProwJobState.Success), ct);
        return (crier, store, job);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff()
    {
        var ct = TestContext.Current.CancellationToken;
        Script(Fail(502, "Bad Gateway"), Fail(503, "Unavailable"));
        var (crier, store, job) = await ReportAsync(ct);
        await using var _ = crier;

        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        Assert.Equal(3, StatusPosts);
        Assert.Equal(2, crier.Metrics.Retries.WithLabels(GitHubReporter.ReporterName).Value);
        Assert.Equal(1, crier.Metrics.Results.WithLabels(GitHubReporter.ReporterName, CrierMetrics.Success).Value);
    }

    [Theory]
    [InlineData(403, "You have exceeded a secondary rate limit.")] // secondary rate limit
    [InlineData(429, "slow down")]
    public async Task RateLimitedWithRetryAfter_WaitsForIt(int status, string message)
    {
        var ct = TestContext.Current.CancellationToken;
        Script(Fail(status, message, ("Retry-After", "1")));
        var clock = Stopwatch.StartNew();
        var (crier, store, job) = await ReportAsync(ct);
        await using var _ = crier;

        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        Assert.Equal(2, StatusPosts);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed}, before Retry-After");
    }

    [Fact]
    public async Task PrimaryRateLimit_WaitsUntilReset()
    {
        var ct = TestContext.Current.CancellationToken;
        var reset = DateTimeOffset.UtcNow.AddSeconds(2).ToUnixTimeSeconds();
        Script(Fail(403, "API rate limit exceeded for user.", ("X-RateLimit-Limit", "5000"), ("X-RateLimit-Remaining", "0"),
            ("X-RateLimit-Reset", reset.ToString(CultureInfo.InvariantCulture))));
        var (crier, store, job) = await ReportAsync(ct);
        await using var _ = crier;

        await CrierRun.ReportedAsync(store, job.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);

        Assert.Equal(2, StatusPosts);
        Assert.True(DateTimeOffset.UtcNow.ToUnixTimeSeconds() >= reset - 1, "retried long before the rate limit reset");
    }

    [Fact]
    public async Task ValidationError_IsTriedAFewTimesThenGivenUp_NotRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 10; i++)
        {
            Script(Fail(422, "Validation Failed"));
        }

        var (crier, store, job) = await ReportAsync(ct);
        await using var _ = crier;

        await crier.GaveUpAsync(job.Name, ct);

        Assert.Equal(3, StatusPosts);
        Assert.Equal(3, crier.Metrics.Results.WithLabels(GitHubReporter.ReporterName, CrierMetrics.Error).Value);
        Assert.Equal(0, crier.Metrics.Retries.WithLabels(GitHubReporter.ReporterName).Value);
        Assert.Null((await store.GetAsync(job.Name, ct))!.Status.PrevReportStates);
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _http.Dispose();
    }
}
