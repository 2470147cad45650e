using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Deck;
using Bowsprit.Deck.Index;
using k8s.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bowsprit.Benchmarks;

/// <summary>
/// deck at 100,000 ProwJobs: index build time, the job list's first page (unfiltered and filtered) and
/// <c>/prowjobs.js</c> for 20,000 jobs (one repo of five), over real HTTP on loopback. Reports medians of the
/// time measured inside the server (request in to response flushed) and as the client saw it.
/// </summary>
internal static class DeckBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var total = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30;
        var jobs = Jobs(total);
        var store = new FixedStore(jobs);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IProwJobStore>(store);
        var config = new ProwConfig();
        builder.Services.AddDeck(new DeckOptions { Config = () => config, RerunCreatesJob = true });
        await using var app = builder.Build();
        var serverTimes = new List<double>();
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            await next(context);
            await context.Response.CompleteAsync();
            lock (serverTimes)
            {
                serverTimes.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        app.MapDeck();

        var indexWatch = Stopwatch.StartNew();
        await app.StartAsync();
        await app.Services.GetRequiredService<JobIndex>().Ready;
        var indexMs = indexWatch.Elapsed.TotalMilliseconds;
        GC.Collect();
        var heapMb = GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0;
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient();
        Console.WriteLine($"deck bench: {total:N0} ProwJobs; index listed and built in {indexMs:F0} ms; managed heap {heapMb:F0} MB");

        async Task Measure(string label, string path, int count, bool warm = true)
        {
            if (warm)
            {
                for (var i = 0; i < 3; i++)
                {
                    (await http.GetAsync(url + path)).EnsureSuccessStatusCode();
                }
            }

            var client = new List<double>();
            long bytes = 0;
            lock (serverTimes)
            {
                serverTimes.Clear();
            }

            for (var i = 0; i < count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var body = await http.GetByteArrayAsync(url + path);
                client.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                bytes = body.Length;
            }

            double[] server;
            lock (serverTimes)
            {
                server = [.. serverTimes];
            }

            Console.WriteLine($"{label,-52} server median {Median(server),8:F2} ms  client median {Median(client),8:F2} ms  p90 {Percentile(client, 0.9),8:F2} ms  ({bytes / 1024.0:N0} KiB, n={count})");
        }

        // The first /prowjobs.js while the index still serializes in the background, then wait for it to finish.
        await Measure("/prowjobs.js 20,000 jobs, right after start", "/prowjobs.js?repo=repo-0", 1, warm: false);
        var snapshot = app.Services.GetRequiredService<JobIndex>().Snapshot;
        while (!snapshot.Jobs.All(static j => j.HasJson))
        {
            await Task.Delay(50);
        }

        Console.WriteLine($"background JSON serialization of {total:N0} jobs done {indexWatch.Elapsed.TotalMilliseconds:F0} ms after start; managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0:F0} MB");
        var visible = app.Services.GetRequiredService<JobVisibility>().Rule();
        foreach (var (label, filter) in new[] { ("all", new JobFilter()), ("repo+state", new JobFilter { Repo = "org/repo-3", State = ProwJobState.Failure }) })
        {
            var times = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                var started = Stopwatch.GetTimestamp();
                _ = snapshot.Page(filter, visible, 0, 50);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Console.WriteLine($"index query only ({label}): median {Median(times):F2} ms");
        }

        await Measure("job list, first page (50 of 100,000)", "/", runs);
        await Measure("job list, repo+state filter, first page", "/?repo=org%2Frepo-3&state=failure", runs);
        await Measure("job list, job wildcard+author, first page", "/?job=pull-*-e2e&author=user-7", runs);
        await Measure("job list, page 1,000 (deep paging)", "/?page=1000", runs);
        await Measure("/prowjobs.js 20,000 jobs, first request", "/prowjobs.js?repo=repo-2", 1, warm: false);
        await Measure("/prowjobs.js 20,000 jobs (repo filter), warm", "/prowjobs.js?repo=repo-2", runs);
        await Measure("/prowjobs.js 20,000 jobs omit=...,pod_spec, first", "/prowjobs.js?repo=repo-4&omit=annotations,labels,decoration_config,pod_spec", 1, warm: false);
        await Measure("/prowjobs.js 20,000 jobs omit=...,pod_spec, warm", "/prowjobs.js?repo=repo-4&omit=annotations,labels,decoration_config,pod_spec", runs);
        await Measure("/badge.svg?jobs=pull-*", "/badge.svg?jobs=pull-*", runs);
        await app.StopAsync();
        return 0;
    }

    private static double Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    private static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
    }

    /// <summary>Realistic jobs: five repos, twenty job names, presubmits with PRs by 50 authors, pod spec, decoration and labels.</summary>
    private static List<ProwJob> Jobs(int count)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var states = new[] { ProwJobState.Success, ProwJobState.Success, ProwJobState.Success, ProwJobState.Failure, ProwJobState.Pending, ProwJobState.Aborted, ProwJobState.Error, ProwJobState.Triggered };
        var jobs = new List<ProwJob>(count);
        for (var i = 0; i < count; i++)
        {
            var repo = $"repo-{i % 5}";
            var name = i % 4 == 3 ? $"ci-periodic-{i % 20}" : $"pull-{i % 20}-{(i % 3 == 0 ? "e2e" : "unit")}";
            var type = i % 4 == 3 ? ProwJobType.Periodic : ProwJobType.Presubmit;
            var state = states[i % states.Length];
            var buildId = (1_800_000_000_000_000_000UL + (ulong)i).ToString(CultureInfo.InvariantCulture);
            var refs = new Refs { Org = "org", Repo = repo, BaseRef = "main", BaseSha = $"{i:x40}", RepoLink = $"https://github.com/org/{repo}" };
            if (type == ProwJobType.Presubmit)
            {
                refs.Pulls = [new Pull { Number = 1000 + (i % 3000), Author = $"user-{i % 50}", Sha = $"{i * 7:x40}", Title = $"Change number {i}" }];
            }

            jobs.Add(new ProwJob
            {
                Metadata = new V1ObjectMeta
                {
                    Name = Guid.NewGuid().ToString(),
                    NamespaceProperty = "default",
                    ResourceVersion = (i + 1).ToString(CultureInfo.InvariantCulture),
                    Labels = new Dictionary<string, string>
                    {
                        [ProwJobLabels.CreatedByProw] = "true", [ProwJobLabels.Type] = type.ToWire(), [ProwJobLabels.Job] = name,
                        [ProwJobLabels.Org] = "org", [ProwJobLabels.Repo] = repo, [ProwJobLabels.BaseRef] = "main", [ProwJobLabels.BuildId] = buildId,
                    },
                    Annotations = new Dictionary<string, string> { [ProwJobLabels.Job] = name },
                },
                Spec = new ProwJobSpec
                {
                    Type = type, Agent = "kubernetes", Cluster = i % 10 == 0 ? "gpu" : "default", Namespace = "test-pods", Job = name, Refs = refs, Report = true,
                    Context = name, RerunCommand = $"/test {name}",
                    PodSpec = new V1PodSpec { Containers = [new V1Container { Name = "test", Image = "gcr.io/k8s-staging-test-infra/kubekins-e2e:latest", Command = ["runner.sh"], Args = ["make", "test"] }] },
                    DecorationConfig = new DecorationConfig { GcsConfiguration = new GcsConfiguration { Bucket = "s3://artifacts", PathStrategy = "explicit" } },
                },
                Status = new ProwJobStatus
                {
                    StartTime = start.AddSeconds(i * 30), PendingTime = start.AddSeconds((i * 30) + 5),
                    CompletionTime = state.IsComplete() ? start.AddSeconds((i * 30) + 600) : null,
                    State = state, Description = "Job succeeded.", BuildId = buildId, PodName = Guid.NewGuid().ToString(),
                    Url = $"https://prow.example/view/s3/artifacts/pr-logs/pull/org_{repo}/{1000 + (i % 3000)}/{name}/{buildId}",
                },
            });
        }

        return jobs;
    }

    /// <summary>A store that lists a fixed set and then has no changes: the bench measures deck, not a backend.</summary>
    private sealed class FixedStore(List<ProwJob> jobs) : IProwJobStore
    {
        public Task<ProwJob> CreateAsync(ProwJob job, CancellationToken ct) => throw new NotSupportedException();

        public Task<ProwJob?> GetAsync(string name, CancellationToken ct) => Task.FromResult(jobs.FirstOrDefault(j => j.Name == name));

        public Task<ListedProwJobs> ListAsync(ProwJobQuery query, CancellationToken ct) => Task.FromResult(new ListedProwJobs(jobs, jobs.Count.ToString(CultureInfo.InvariantCulture)));

        public Task<ProwJob> UpdateAsync(ProwJob job, CancellationToken ct) => throw new NotSupportedException();

        public Task<bool> DeleteAsync(string name, CancellationToken ct) => throw new NotSupportedException();

        public async IAsyncEnumerable<ProwJobWatchEvent> WatchAsync(string resourceVersion, [EnumeratorCancellation] CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            yield break;
        }
    }
}
