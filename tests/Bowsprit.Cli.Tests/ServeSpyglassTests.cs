using System.Diagnostics;
using Bowsprit.Core.Api;
using Bowsprit.Sqlite;
using k8s.Models;

namespace Bowsprit.Cli.Tests;

/// <summary>
/// <c>serve --components plank,deck</c>: the URL plank gives a decorated local run opens spyglass's job page, in
/// deck's chrome, with the run's build log and the metadata initupload, sidecar and crier left.
/// </summary>
public sealed class ServeSpyglassTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-spyglass", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ServeSpyglassTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "config.yaml"), "plank: {}\n");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData("local://artifacts", "local/artifacts")]
    [InlineData("kubernetes-jenkins", "gs/kubernetes-jenkins")] // an existing Prow config's bucket: runs still land locally
    public async Task DecoratedLocalRun_JobUrl_OpensTheJobPageWithItsLog(string bucket, string urlBucket)
    {
        var port = CliProcess.FreePort();
        var dataDir = Path.Combine(_dir, "data");
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dataDir, "prowjobs.db"), Ct);
        using var serve = await CliProcess.StartServeAsync(port, Ct,
            "--components", "plank,crier,deck", "--data-dir", dataDir, "--config-path", Path.Combine(_dir, "config.yaml"),
            "--github-endpoint", "http://127.0.0.1:9");
        try
        {
            var job = await store.CreateAsync(Job($"http://127.0.0.1:{port}/view/", bucket), Ct);
            var done = await WaitAsync(store, job.Name, j => j.Status.State.IsComplete() && j.Status.Url is not null);
            Assert.Equal(ProwJobState.Success, done.Status.State);
            Assert.StartsWith($"http://127.0.0.1:{port}/view/{urlBucket}/logs/spyglass-demo/", done.Status.Url, StringComparison.Ordinal);

            using var http = new HttpClient();
            var page = await http.GetStringAsync(done.Status.Url, Ct);

            Assert.Contains("class=\"brand\"", page, StringComparison.Ordinal); // deck's chrome
            Assert.Contains("hello from the job", page, StringComparison.Ordinal); // first screen of the build log
            Assert.Contains("spyglass-demo", page, StringComparison.Ordinal);
            var prowjobJson = Path.Combine(dataDir, "artifacts", "logs", "spyglass-demo", done.Status.BuildId!, "prowjob.json");
            await WaitAsync(store, job.Name, _ => File.Exists(prowjobJson)); // crier's artifacts reporter
        }
        finally
        {
            serve.Kill(entireProcessTree: true);
        }
    }

    private static ProwJob Job(string urlPrefix, string bucket) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"sg-{Guid.NewGuid():N}"[..20] },
        Spec = new ProwJobSpec
        {
            Type = ProwJobType.Periodic,
            Agent = ProwJobAgents.Kubernetes,
            Job = "spyglass-demo",
            DecorationConfig = new DecorationConfig
            {
                GcsConfiguration = new GcsConfiguration { Bucket = bucket, PathStrategy = "explicit", JobUrlPrefix = urlPrefix },
            },
            PodSpec = new V1PodSpec { Containers = [new V1Container { Name = "test", Command = ["/bin/sh", "-c"], Args = ["echo hello from the job"] }] },
        },
        Status = new ProwJobStatus { State = ProwJobState.Triggered, StartTime = DateTimeOffset.UtcNow },
    };

    private static async Task<ProwJob> WaitAsync(SqliteProwJobStore store, string name, Func<ProwJob, bool> until)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (await store.GetAsync(name, Ct) is { } job && until(job))
            {
                return job;
            }

            await Task.Delay(50, Ct);
        }

        throw new TimeoutException($"{name} did not get there in 30 s; last: {(await store.GetAsync(name, Ct))?.Status.State}");
    }
}
