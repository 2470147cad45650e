using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Crier.GitHub;
using Bowsprit.GitHub.Client;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Crier.Tests.Support;

/// <summary>A running <see cref="CrierController"/> over a store, with the given reporters; stopping it is a "restart" boundary.</summary>
internal sealed class CrierRun : IAsyncDisposable
{
    private readonly CrierController _controller;

    private CrierRun(CrierController controller, CrierMetrics metrics, RecordingLogger<CrierController> log)
    {
        _controller = controller;
        Metrics = metrics;
        Log = log;
    }

    public CrierMetrics Metrics { get; }

    /// <summary>What the controller and its reporter workers logged.</summary>
    public RecordingLogger<CrierController> Log { get; }

    public static async Task<CrierRun> StartAsync(IProwJobStore store, ProwJobIndex index, CrierOptions options, IEnumerable<ReporterRegistration> reporters, CancellationToken ct)
    {
        var metrics = new CrierMetrics();
        var log = new RecordingLogger<CrierController>();
        var controller = new CrierController(store, index, reporters, options, metrics, TimeProvider.System, log);
        await controller.StartAsync(ct);
        return new CrierRun(controller, metrics, log);
    }

    /// <summary>Crier with only the GitHub reporter, acting as the bot on the forge.</summary>
    public static Task<CrierRun> GitHubAsync(ForgeFixture forge, IProwJobStore store, CancellationToken ct, ProwConfig? config = null, GitHubClient? client = null, CrierOptions? options = null)
    {
        options ??= Options(config);
        var index = new ProwJobIndex();
        var reporter = new GitHubReporter(client ?? forge.Client(ForgeFixture.Bot), store, index, options, NullLogger<GitHubReporter>.Instance);
        return StartAsync(store, index, options, [new ReporterRegistration(reporter, options.GitHubWorkers)], ct);
    }

    public static CrierOptions Options(ProwConfig? config = null)
    {
        var options = new CrierOptions
        {
            Config = () => config ?? new ProwConfig(),
            BotLogin = ForgeFixture.Bot,
            Retry = new ReportRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(3) },
        };
        return options;
    }

    /// <summary>Waits until the store records that <paramref name="reporter"/> reported the job's <paramref name="state"/>.</summary>
    public static Task<ProwJob> ReportedAsync(IProwJobStore store, string name, string reporter, ProwJobState state, CancellationToken ct) =>
        Eventually.ReturnsAsync(async () => (await store.GetAsync(name, ct))!,
            job => job.Status.PrevReportStates is { } states && states.TryGetValue(reporter, out var s) && s == state, $"{reporter} to record {state} on {name}", ct);

    /// <summary>Waits until a reporter gave up on the job: no further attempt follows for that state.</summary>
    public Task GaveUpAsync(string jobName, CancellationToken ct) =>
        Eventually.ReturnsAsync(() => Task.FromResult(Log.Lines.Any(l => l.Contains($"giving up reporting job {jobName}", StringComparison.Ordinal))),
            static gaveUp => gaveUp, $"a reporter to give up on {jobName}", ct);

    public async ValueTask DisposeAsync()
    {
        await _controller.StopAsync(CancellationToken.None);
        _controller.Dispose();
    }
}
