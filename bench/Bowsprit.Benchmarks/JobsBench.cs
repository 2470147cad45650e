using System.Diagnostics;
using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.LocalRuntime;
using Bowsprit.Plank;
using Bowsprit.Sqlite;
using k8s;
using k8s.Models;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Benchmarks;

/// <summary>
/// Trivial jobs (<c>true</c>, no refs) through the whole embedded loop: SQLite store → plank → local runtime
/// (bubblewrap when installed) → completion recorded. Reports sustained jobs/s, store writes/s and the latency
/// from ProwJob creation to the job's process starting (p50/p99).
/// </summary>
internal static class JobsBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
        var parallel = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var sandbox = args.Length > 2 ? Enum.Parse<SandboxMode>(args[2], ignoreCase: true) : SandboxMode.Auto;
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-bench-jobs", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateApplicationBuilder(["--hostBuilder:reloadConfigOnChange=false"]);
        builder.Logging.ClearProviders();
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dir, "prowjobs.db"), CancellationToken.None);
        builder.Services.AddSingleton<IProwJobStore>(store);
        builder.Services.AddSingleton(new LocalRuntimeOptions { WorkspaceRoot = Path.Combine(dir, "runs"), ArtifactsRoot = Path.Combine(dir, "artifacts"), MaxConcurrentRuns = parallel, Sandbox = sandbox });
        builder.Services.AddSingleton<LocalJobRuntime>();
        builder.Services.AddSingleton<IJobRuntime>(static sp => sp.GetRequiredService<LocalJobRuntime>());
        builder.Services.AddPlank(new PlankOptions { Concurrency = parallel });
        using var host = builder.Build();
        await host.StartAsync();
        var runtime = host.Services.GetRequiredService<LocalJobRuntime>();

        var created = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var version = (await store.ListAsync(ProwJobQuery.All, CancellationToken.None)).ResourceVersion;
        for (var i = 0; i < count; i++)
        {
            var job = Job($"bench-{i:D6}");
            created[job.Name] = DateTimeOffset.UtcNow;
            await store.CreateAsync(job, CancellationToken.None);
        }

        var writes = 0;
        var done = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await foreach (var change in store.WatchAsync(version, timeout.Token))
        {
            writes++;
            if (change.Type == WatchEventType.Modified && change.Job.Status.State.IsComplete() && ++done == count)
            {
                break;
            }
        }

        var elapsed = watch.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} trivial jobs created at once (parallel {parallel}): done in {elapsed.TotalSeconds:F2} s: {count / elapsed.TotalSeconds:F0} jobs/s, {writes / elapsed.TotalSeconds:F0} store writes/s"));

        // Unloaded latency: one job at a time, so the figure is the loop's own delay, not time spent queued.
        var latencies = new List<double>();
        for (var i = 0; i < 100; i++)
        {
            var job = Job($"latency-{i:D4}");
            var at = DateTimeOffset.UtcNow;
            await store.CreateAsync(job, CancellationToken.None);
            JobRun? run;
            while ((run = await runtime.GetAsync(job, CancellationToken.None)) is not { Phase: JobRunPhase.Succeeded or JobRunPhase.Failed })
            {
                await Task.Delay(5);
            }

            latencies.Add((run.StartedAt!.Value - at).TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"creation → process start, one job at a time: p50 {latencies[latencies.Count / 2]:F1} ms, p99 {latencies[(int)(latencies.Count * 0.99)]:F1} ms ({latencies.Count} jobs)"));
        await host.StopAsync();
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static ProwJob Job(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name, Labels = new Dictionary<string, string> { [ProwJobLabels.Job] = "trivial" } },
        Spec = new ProwJobSpec
        {
            Type = ProwJobType.Periodic,
            Job = "trivial",
            Agent = ProwJobAgents.Kubernetes,
            PodSpec = new V1PodSpec { Containers = [new V1Container { Name = "test", Command = ["true"] }] },
        },
        Status = new ProwJobStatus { State = ProwJobState.Triggered, StartTime = DateTimeOffset.UtcNow },
    };
}
