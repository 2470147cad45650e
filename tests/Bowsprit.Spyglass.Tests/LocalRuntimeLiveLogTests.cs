using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.LocalRuntime;
using Bowsprit.Spyglass.Tests.Support;
using Bowsprit.Storage;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Spyglass.Tests;

/// <summary>A real job on the local runtime writes its build log while spyglass's tail follows it into the archive.</summary>
public sealed class LocalRuntimeLiveLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tail_FollowsARunningLocalJob_UntilFinished_EveryLineOnce()
    {
        var root = Path.Combine(Path.GetTempPath(), "bowsprit-spyglass-tests", Guid.NewGuid().ToString("N"));
        try
        {
            await FollowAsync(root);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task FollowAsync(string root)
    {
        await using var runtime = new LocalJobRuntime(
            new LocalRuntimeOptions { WorkspaceRoot = Path.Combine(root, "runs"), ArtifactsRoot = Path.Combine(root, "artifacts") },
            TimeProvider.System, NullLogger<LocalJobRuntime>.Instance);
        await using var spyglass = await SpyglassFixture.StartAsync(Ct, store: (LocalArtifactStore)runtime.Artifacts);
        var job = new ProwJob
        {
            Metadata = new V1ObjectMeta { Name = "live-1" },
            Spec = new ProwJobSpec
            {
                Type = ProwJobType.Periodic,
                Job = "periodic-live",
                PodSpec = new V1PodSpec
                {
                    Containers = [new V1Container { Name = "test", Command = ["/bin/sh", "-c"], Args = ["for i in 1 2 3 4 5 6; do echo \"line $i\"; sleep 0.25; done; printf 'done, no newline'"] }],
                },
            },
            Status = new ProwJobStatus { BuildId = "9001" },
        };
        const string Run = "logs/periodic-live/9001";

        await runtime.StartAsync(job, Ct);
        var seen = new List<string>();
        var (line, offset, growingPolls) = (0L, 0L, 0);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            Assert.True(DateTime.UtcNow < deadline, $"the job did not finish; saw {string.Join('|', seen)}");
            using var response = await spyglass.Http.GetAsync(spyglass.LogApi(Run, "tail", $"&line={line}&offset={offset}"), Ct);
            var tail = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
            var lines = tail.GetProperty("lines").EnumerateArray().Select(e => e.GetString()!).ToList();
            var finished = tail.GetProperty("finished").GetBoolean();
            if (lines.Count > 0 && !finished)
            {
                growingPolls++;
            }

            seen.AddRange(lines);
            line += lines.Count;
            offset = tail.GetProperty("offset").GetInt64();
            if (finished)
            {
                break;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Equal(["line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "done, no newline"], seen);
        Assert.True(growingPolls >= 2, $"only {growingPolls} polls saw the log grow while the job ran");
        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Run), Ct);
        Assert.Contains("SUCCESS", html, StringComparison.Ordinal);
        Assert.Contains("done, no newline", html, StringComparison.Ordinal);
    }
}
