using System.Diagnostics;
using System.Globalization;
using Bowsprit.Core.Runtime;

namespace Bowsprit.LocalRuntime.Tests;

/// <summary>
/// Not a benchmark gate: prints creation→process-start latency and throughput for trivial jobs so changes to the
/// runtime's start path can be compared. Asserts only that every run succeeded.
/// </summary>
public sealed class RuntimeMeasurements : IAsyncLifetime
{
    private const int Runs = 200;
    private readonly RuntimeFixture _fixture = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task TrivialJobs_StartLatencyAndThroughput()
    {
        var runtime = _fixture.Create(maxConcurrentRuns: 8);
        var latencies = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            var job = RuntimeFixture.Job($"lat-{i}", "date +%s%N > \"$ARTIFACTS/t\"");
            var created = DateTimeOffset.UtcNow;
            await runtime.StartAsync(job, Ct);
            var done = await RuntimeFixture.WaitFinishedAsync(runtime, job);
            Assert.True(done.Phase == JobRunPhase.Succeeded, done + await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "build-log.txt"), Ct));
            var nanos = long.Parse((await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/t"), Ct)).Trim(), CultureInfo.InvariantCulture);
            latencies.Add((DateTimeOffset.UnixEpoch.AddTicks(nanos / 100) - created).TotalMilliseconds);
        }

        latencies.Sort();
        var jobs = Enumerable.Range(0, Runs).Select(i => RuntimeFixture.Job($"tp-{i}", "true")).ToList();
        var clock = Stopwatch.StartNew();
        foreach (var job in jobs)
        {
            await runtime.StartAsync(job, Ct);
        }

        foreach (var job in jobs)
        {
            var done = await RuntimeFixture.WaitFinishedAsync(runtime, job, TimeSpan.FromSeconds(60));
            Assert.True(done.Phase == JobRunPhase.Succeeded, done + await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "build-log.txt"), Ct));
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEASURE sandboxed={runtime.IsSandboxed} start latency p50={latencies[Runs / 2]:F1} ms p99={latencies[(int)(Runs * 0.99)]:F1} ms; throughput {Runs / clock.Elapsed.TotalSeconds:F0} jobs/s at concurrency 8"));
    }
}
