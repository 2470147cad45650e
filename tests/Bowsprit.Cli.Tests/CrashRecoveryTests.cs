using System.Diagnostics;
using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Sqlite;
using k8s.Models;

namespace Bowsprit.Cli.Tests;

/// <summary>
/// kill -9 of a real controller process (<c>bowsprit serve --components plank</c>) in the middle of a run, then a
/// restart: no ProwJob is lost or duplicated, none runs twice, the run that died is marked error, its process is
/// gone (killed as an orphan, or with bubblewrap's --die-with-parent), and work queued meanwhile still runs.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-crash", Guid.NewGuid().ToString("N"));

    // Outside the data dir: an unsandboxed job counts its own starts here.
    private readonly string _counters = Path.Combine(Path.GetTempPath(), "bowsprit-cli-crash-counters", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CrashRecoveryTests()
    {
        Directory.CreateDirectory(_dir);
        Directory.CreateDirectory(_counters);
        File.WriteAllText(Path.Combine(_dir, "config.yaml"), "plank: {}\n");
    }

    public void Dispose()
    {
        foreach (var dir in new[] { _dir, _counters })
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    [Theory]
    [InlineData("never")]
    [InlineData("auto")]
    public async Task KillMinus9MidJob_RestartLosesNothing_RunsNothingTwice_MarksTheDeadRunError(string sandbox)
    {
        var dataDir = Path.Combine(_dir, "data-" + sandbox);
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dataDir, "prowjobs.db"), Ct);
        using var first = await StartServeAsync(dataDir, sandbox);
        Process? second = null;
        try
        {
            var slow = await store.CreateAsync(Job("slow", "sleep 120"), Ct);
            var running = await WaitAsync(store, slow.Name, j => j.Metadata.Annotations?.ContainsKey("bowsprit.dev/run-started") == true && RunPid(dataDir, j.Name) is not null);
            Assert.Equal(ProwJobState.Pending, running.Status.State);
            var jobPid = RunPid(dataDir, slow.Name)!.Value;
            var queued = await store.CreateAsync(Job("queued", "true"), Ct); // max one run at a time: waits behind slow
            await WaitAsync(store, queued.Name, j => j.Status.State == ProwJobState.Pending);

            first.Kill(entireProcessTree: false); // SIGKILL to the controller alone; its jobs are left to fend for themselves
            await first.WaitForExitAsync(Ct);
            var created = await store.CreateAsync(Job("while-down", "true"), Ct);

            second = await StartServeAsync(dataDir, sandbox);
            var dead = await WaitAsync(store, slow.Name, j => j.Status.State.IsComplete());
            var afterQueued = await WaitAsync(store, queued.Name, j => j.Status.State.IsComplete());
            var afterDown = await WaitAsync(store, created.Name, j => j.Status.State.IsComplete());

            Assert.Equal(ProwJobState.Error, dead.Status.State);
            Assert.NotNull(dead.Status.CompletionTime);
            Assert.Equal(ProwJobState.Success, afterDown.Status.State);
            Assert.True(afterQueued.Status.State is ProwJobState.Success or ProwJobState.Error, $"queued ended {afterQueued.Status.State}");
            Assert.False(ProcessAlive(jobPid), $"the dead run's process {jobPid} is still alive");
            Assert.Equal(3, (await store.ListAsync(new ProwJobQuery(), Ct)).Count);
            if (sandbox == "never")
            {
                Assert.Equal(1, Starts(slow.Name));
                Assert.Equal(1, Starts(created.Name));
                Assert.True(Starts(queued.Name) <= 1);
            }
        }
        finally
        {
            // Whatever failed, no controller outlives the test.
            foreach (var serve in new[] { first, second })
            {
                if (serve is { HasExited: false })
                {
                    serve.Kill(entireProcessTree: true);
                }
            }

            second?.Dispose();
        }
    }

    private ProwJob Job(string name, string script) => new()
    {
        Metadata = new V1ObjectMeta { Name = $"{name}-{Guid.NewGuid():N}"[..24] },
        Spec = new ProwJobSpec
        {
            Type = ProwJobType.Periodic,
            Agent = ProwJobAgents.Kubernetes,
            Job = name,
            PodSpec = new V1PodSpec
            {
                Containers =
                [
                    new V1Container
                    {
                        Name = "test",
                        Command = ["/bin/sh", "-c"],
                        Args = [$"echo start >> {_counters}/$PROW_JOB_ID 2>/dev/null; {script}"],
                    },
                ],
            },
        },
        Status = new ProwJobStatus { State = ProwJobState.Triggered, StartTime = DateTimeOffset.UtcNow },
    };

    private int Starts(string name)
    {
        var file = Path.Combine(_counters, name);
        return File.Exists(file) ? File.ReadAllLines(file).Length : 0;
    }

    private Task<Process> StartServeAsync(string dataDir, string sandbox) =>
        CliProcess.StartServeAsync(CliProcess.FreePort(), Ct,
            "--components", "plank", "--data-dir", dataDir, "--config-path", Path.Combine(_dir, "config.yaml"), "--sandbox", sandbox, "--max-concurrent-runs", "1");

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

        var last = await store.GetAsync(name, Ct);
        throw new TimeoutException($"{name} did not reach the expected state; last: {last?.Status.State} {last?.Status.Description}");
    }

    /// <summary>The pid the run's shim recorded as the job's process started.</summary>
    private static int? RunPid(string dataDir, string name)
    {
        var pidFile = Path.Combine(dataDir, "runs", name, "logs", "pid");
        return File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    /// <summary>
    /// Whether the process still runs. A zombie counts as dead: once its parent (the killed controller) is gone it
    /// waits for init to reap it, which can take a moment in a container.
    /// </summary>
    private static bool ProcessAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var state = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0];
            return state is not ("Z" or "X");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or IOException)
        {
            return false;
        }
    }
}
