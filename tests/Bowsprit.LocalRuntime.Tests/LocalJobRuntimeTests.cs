using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;
using Bowsprit.Testing.Git;

namespace Bowsprit.LocalRuntime.Tests;

public sealed class LocalJobRuntimeTests : IAsyncLifetime
{
    private readonly RuntimeFixture _fixture = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _fixture.DisposeAsync();

    [Fact]
    public async Task Job_SeesProwEnvironment_AndNotBowspritsOwn()
    {
        Environment.SetEnvironmentVariable("BOWSPRIT_TEST_SECRET", "hunter2");
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("env", "env > \"$ARTIFACTS/env.txt\"; pwd > \"$ARTIFACTS/pwd.txt\"");

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Succeeded, run.Phase);
        var env = (await File.ReadAllLinesAsync(_fixture.ArtifactFile(job, "artifacts/env.txt"), Ct))
            .Select(l => l.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1]);
        var workspace = Path.Combine(_fixture.Workspaces, "env");
        Assert.Equal("true", env["CI"]);
        Assert.Equal("job-env", env["JOB_NAME"]);
        Assert.Equal("periodic", env["JOB_TYPE"]);
        Assert.Equal("1003", env["BUILD_ID"]);
        Assert.Equal("env", env["PROW_JOB_ID"]);
        Assert.Equal("yes", env["FROM_CONTAINER"]);
        Assert.Equal(Path.Combine(workspace, "artifacts"), env["ARTIFACTS"]);
        Assert.Equal(workspace, env["GOPATH"]);
        Assert.Equal("periodic", JsonDocument.Parse(env["JOB_SPEC"]).RootElement.GetProperty("type").GetString());
        Assert.False(env.ContainsKey("BOWSPRIT_TEST_SECRET"));
        Assert.Equal(workspace, (await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/pwd.txt"), Ct)).Trim());
    }

    [Fact]
    public async Task ExitZero_Succeeds_AndWritesFinishedJson()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("ok", "echo hello");

        var started = await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Pending, started.Phase);
        Assert.Equal(JobRunPhase.Succeeded, run.Phase);
        Assert.Equal(0, run.ExitCode);
        Assert.NotNull(run.StartedAt);
        Assert.Contains("hello", await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "build-log.txt"), Ct), StringComparison.Ordinal);
        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "finished.json"), Ct));
        Assert.True(finished.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal("SUCCESS", finished.RootElement.GetProperty("result").GetString());
    }

    [Fact]
    public async Task NonZeroExit_FailsWithTheExitCode()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("three", "exit 3");

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Failed, run.Phase);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("3", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeout_FailsWith127()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("slow", "sleep 30", decoration: new DecorationConfig
        {
            Timeout = TimeSpan.FromMilliseconds(300),
            GracePeriod = TimeSpan.FromMilliseconds(300),
        });

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Failed, run.Phase);
        Assert.Equal(127, run.ExitCode);
    }

    [Fact]
    public async Task Stop_InterruptsTheRun_FailsWith130_AndLogIsReadableWhileRunning()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("stopme", "echo first-line; sleep 30",
            decoration: new DecorationConfig { GracePeriod = TimeSpan.FromMilliseconds(300) });
        await runtime.StartAsync(job, Ct);
        await RuntimeFixture.WaitAsync(runtime, job, r => r.Phase == JobRunPhase.Running);

        var log = _fixture.ArtifactFile(job, "build-log.txt");
        await RuntimeFixture.WaitAsync(runtime, job, _ => File.Exists(log) && ReadShared(log).Contains("first-line", StringComparison.Ordinal));
        Assert.Equal(JobRunPhase.Running, (await runtime.GetAsync(job, Ct))!.Phase);

        await runtime.StopAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Failed, run.Phase);
        Assert.Equal(130, run.ExitCode);
        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "finished.json"), Ct));
        Assert.Equal("ABORTED", finished.RootElement.GetProperty("result").GetString());
    }

    [Fact]
    public async Task Stop_DeliversSigintToTheJob_WhichCleansUpWithinTheGracePeriod()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("trapper", "trap 'echo cleaned-up; exit 4' INT; echo ready; while true; do sleep 0.05; done",
            decoration: new DecorationConfig { GracePeriod = TimeSpan.FromSeconds(20) });
        await runtime.StartAsync(job, Ct);
        var log = _fixture.ArtifactFile(job, "build-log.txt");
        await RuntimeFixture.WaitAsync(runtime, job, _ => File.Exists(log) && ReadShared(log).Contains("ready", StringComparison.Ordinal));

        var stopping = System.Diagnostics.Stopwatch.StartNew();
        await runtime.StopAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        // Reaching the job (not only its sandbox) means its trap runs and it ends long before the 20 s SIGKILL.
        Assert.True(stopping.Elapsed < TimeSpan.FromSeconds(10), $"stop took {stopping.Elapsed}");
        Assert.Contains("cleaned-up", ReadShared(log), StringComparison.Ordinal);
        Assert.Equal(130, run.ExitCode);
    }

    [Fact]
    public async Task Presubmit_ClonesRefsAndMergesThePull_InTheWorkingDirectory()
    {
        var upstream = await UpstreamRepo.CreateAsync(Directory.CreateDirectory(Path.Combine(_fixture.Root, "git")).FullName);
        var baseSha = await upstream.CommitToMainAsync("main.txt", "base");
        var pullSha = await upstream.OpenPullAsync(5, baseSha, "pr.txt", "change");
        var refs = new Refs
        {
            Org = "acme",
            Repo = "widgets",
            BaseRef = "main",
            BaseSha = baseSha,
            CloneUri = upstream.CloneUri,
            Pulls = [new Pull { Number = 5, Author = "al", Sha = pullSha }],
        };
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("pr", "pwd > \"$ARTIFACTS/pwd.txt\"; cat main.txt pr.txt > \"$ARTIFACTS/files.txt\"; git log --format=%P -1 > \"$ARTIFACTS/parents.txt\"",
            ProwJobType.Presubmit, refs, new DecorationConfig());

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job, TimeSpan.FromSeconds(15));

        Assert.Equal(JobRunPhase.Succeeded, run.Phase);
        var dir = Path.Combine(_fixture.ArtifactsRoot, "pr-logs/pull/acme_widgets/5/job-pr", job.Status.BuildId!, "artifacts");
        Assert.Equal(Path.Combine(_fixture.Workspaces, "pr", "src", "github.com", "acme", "widgets"),
            (await File.ReadAllTextAsync(Path.Combine(dir, "pwd.txt"), Ct)).Trim());
        Assert.Equal("basechange", (await File.ReadAllTextAsync(Path.Combine(dir, "files.txt"), Ct)).Trim());
        Assert.Equal($"{baseSha} {pullSha}", (await File.ReadAllTextAsync(Path.Combine(dir, "parents.txt"), Ct)).Trim());

        // initupload's files: started.json names the merged commit, the clone log and records sit beside it.
        var mergedSha = await LocalGit.RunAsync(Path.Combine(_fixture.Workspaces, "pr", "src", "github.com", "acme", "widgets"), "rev-parse", "HEAD");
        using var started = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "..", "started.json"), Ct));
        Assert.Equal("5", started.RootElement.GetProperty("pull").GetString());
        Assert.Equal(mergedSha.Trim(), started.RootElement.GetProperty("repo-commit").GetString());
        Assert.Equal(refs.ToString(), started.RootElement.GetProperty("repos").GetProperty("acme/widgets").GetString());
        using var records = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "..", "clone-records.json"), Ct));
        Assert.False(records.RootElement[0].TryGetProperty("failed", out _)); // omitted when false, as Go writes it
        Assert.Equal(mergedSha.Trim(), records.RootElement[0].GetProperty("final_sha").GetString());
        Assert.Contains($"# Final SHA: {mergedSha.Trim()}", await File.ReadAllTextAsync(Path.Combine(dir, "..", "clone-log.txt"), Ct), StringComparison.Ordinal);
        Assert.Equal(job.Status.BuildId, await File.ReadAllTextAsync(Path.Combine(_fixture.ArtifactsRoot, "pr-logs/directory/job-pr/latest-build.txt"), Ct));
    }

    [Fact]
    public async Task JobMetadataFile_IsMergedIntoFinishedJson()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("meta", "echo '{\"version\":\"v1.2\"}' > \"$ARTIFACTS/metadata.json\"");

        await runtime.StartAsync(job, Ct);
        await RuntimeFixture.WaitFinishedAsync(runtime, job);

        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "finished.json"), Ct));
        Assert.Equal("v1.2", finished.RootElement.GetProperty("metadata").GetProperty("version").GetString());
        Assert.True(File.Exists(_fixture.ArtifactFile(job, "started.json")));
        Assert.True(File.Exists(_fixture.ArtifactFile(job, "artifacts/metadata.json")));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task UndecoratedOrSkipCloning_DoesNotClone(bool decoratedWithSkipCloning)
    {
        var refs = new Refs { Org = "acme", Repo = "gone", BaseRef = "main", CloneUri = "file:///nonexistent/repo.git" };
        var runtime = _fixture.Create();
        var decoration = decoratedWithSkipCloning ? new DecorationConfig { SkipCloning = true } : null;
        var job = RuntimeFixture.Job($"own-checkout-{decoratedWithSkipCloning}", "test ! -d src", ProwJobType.Postsubmit, refs, decoration);

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Succeeded, run.Phase);
    }

    [Fact]
    public async Task CloneFailure_FailsTheRunWithTheCloneLog()
    {
        var refs = new Refs { Org = "acme", Repo = "gone", BaseRef = "main", CloneUri = "file:///nonexistent/repo.git" };
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("noclone", "true", ProwJobType.Postsubmit, refs, new DecorationConfig());

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Failed, run.Phase);
        Assert.Null(run.StartedAt);
        var buildLog = await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "build-log.txt"), Ct);
        Assert.Contains("# Clone failed", buildLog, StringComparison.Ordinal);
        Assert.Equal(buildLog, await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "clone-log.txt"), Ct));
        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "finished.json"), Ct));
        Assert.Equal("FAILURE", finished.RootElement.GetProperty("result").GetString());
        Assert.True(File.Exists(_fixture.ArtifactFile(job, "started.json")));
    }

    [Fact]
    public async Task ConcurrencyLimit_QueuesRunsInPending()
    {
        var runtime = _fixture.Create(maxConcurrentRuns: 1);
        var first = RuntimeFixture.Job("first", "sleep 30", decoration: new DecorationConfig { GracePeriod = TimeSpan.FromMilliseconds(200) });
        var second = RuntimeFixture.Job("second", "true");
        await runtime.StartAsync(first, Ct);
        await RuntimeFixture.WaitAsync(runtime, first, r => r.Phase == JobRunPhase.Running);

        await runtime.StartAsync(second, Ct);
        await Task.Delay(300, Ct);
        Assert.Equal(JobRunPhase.Pending, (await runtime.GetAsync(second, Ct))!.Phase);

        await runtime.StopAsync(first, Ct);
        Assert.Equal(JobRunPhase.Succeeded, (await RuntimeFixture.WaitFinishedAsync(runtime, second)).Phase);
    }

    [Fact]
    public async Task Start_IsIdempotent_AndWatchSeesEveryPhase()
    {
        var runtime = _fixture.Create();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var seen = new List<JobRunPhase>();
        var watch = Task.Run(async () =>
        {
            await foreach (var run in runtime.WatchAsync(cts.Token))
            {
                seen.Add(run.Phase);
                if (run.Phase == JobRunPhase.Succeeded)
                {
                    return;
                }
            }
        }, Ct);
        await Task.Delay(50, Ct);
        var job = RuntimeFixture.Job("watched", "true");

        var a = await runtime.StartAsync(job, Ct);
        var b = await runtime.StartAsync(job, Ct);
        await watch.WaitAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.Equal(a.CreatedAt, b.CreatedAt);
        Assert.Equal([JobRunPhase.Pending, JobRunPhase.Running, JobRunPhase.Succeeded], seen);
    }

    [Fact]
    public async Task Restart_ReportsFinishedRunsFromRunJson_AndDeleteRemovesTheWorkspace()
    {
        var job = RuntimeFixture.Job("durable", "exit 4");
        var first = _fixture.Create();
        await first.StartAsync(job, Ct);
        var finished = await RuntimeFixture.WaitFinishedAsync(first, job);
        await first.DisposeAsync();

        var second = _fixture.Create();
        var reported = await second.GetAsync(job, Ct);
        var listed = await second.ListAsync(Ct);
        var again = await second.StartAsync(job, Ct);

        Assert.Equal(finished, reported);
        Assert.Equal([finished], listed);
        Assert.Equal(finished, again);

        await second.DeleteAsync(job.Name, Ct);
        Assert.Null(await second.GetAsync(job, Ct));
        Assert.False(Directory.Exists(Path.Combine(_fixture.Workspaces, job.Name)));
    }

    [Fact]
    public async Task Restart_RunWhoseProcessIsGone_IsLost()
    {
        var workspace = Directory.CreateDirectory(Path.Combine(_fixture.Workspaces, "lost")).FullName;
        await File.WriteAllTextAsync(Path.Combine(System.IO.Directory.CreateDirectory(Path.Combine(workspace, "logs")).FullName, "run.json"),
            """{"job":"lost","phase":"Running","created_at":"2026-11-24T07:00:00+00:00","pid":2147483000}""", Ct);
        var runtime = _fixture.Create();

        Assert.Null(await runtime.GetAsync(RuntimeFixture.Job("lost", "true"), Ct));
        Assert.Empty(await runtime.ListAsync(Ct));
    }

    [Fact]
    public async Task Restart_OrphanStillRunning_IsKilledAndTheRunLost()
    {
        // What an unsandboxed run looks like after kill -9 of Bowsprit: the job's process, carrying its PROW_JOB_ID.
        var start = new System.Diagnostics.ProcessStartInfo("sleep", "30") { Environment = { ["PROW_JOB_ID"] = "orphan" } };
        using var orphan = System.Diagnostics.Process.Start(start)!;
        await WriteRunJsonAsync("orphan", orphan.Id);
        var runtime = _fixture.Create();

        Assert.Empty(await runtime.ListAsync(Ct));
        await orphan.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.Null(await runtime.GetAsync(RuntimeFixture.Job("orphan", "true"), Ct));
    }

    [Fact]
    public async Task Restart_RecordedPidNowBelongsToAnotherProcess_IsNotKilled()
    {
        using var stranger = System.Diagnostics.Process.Start("sleep", "30")!;
        try
        {
            await WriteRunJsonAsync("reused", stranger.Id);
            var runtime = _fixture.Create();

            Assert.Empty(await runtime.ListAsync(Ct));
            await runtime.KillAsync("reused", Ct);
            Assert.False(stranger.HasExited);
        }
        finally
        {
            stranger.Kill();
        }
    }

    private async Task WriteRunJsonAsync(string name, int pid)
    {
        var workspace = Directory.CreateDirectory(Path.Combine(_fixture.Workspaces, name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(Directory.CreateDirectory(Path.Combine(workspace, "logs")).FullName, "run.json"),
            $$"""{"job":"{{name}}","phase":"Running","created_at":"2026-11-24T07:00:00+00:00","pid":{{pid}}}""", Ct);
    }

    [Fact]
    public async Task NonEmptyDirVolume_FailsWithAClearMessage()
    {
        var runtime = _fixture.Create();
        var job = RuntimeFixture.Job("vol", "true");
        job.Spec.PodSpec!.Volumes = [new k8s.Models.V1Volume { Name = "cfg", ConfigMap = new k8s.Models.V1ConfigMapVolumeSource { Name = "x" } }];

        await runtime.StartAsync(job, Ct);
        var run = await RuntimeFixture.WaitFinishedAsync(runtime, job);

        Assert.Equal(JobRunPhase.Failed, run.Phase);
        Assert.Contains("emptyDir", run.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sandbox_HidesBowspritsDataDirectory_WhenBubblewrapIsInstalled()
    {
        var secretDir = Directory.CreateDirectory(Path.Combine(_fixture.Root, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(secretDir, "token"), "s3cret", Ct);
        var runtime = _fixture.Create(configure: o => o.HiddenPaths.Add(secretDir));
        var job = RuntimeFixture.Job("peek", $"cat {secretDir}/token > \"$ARTIFACTS/peek.txt\" 2>/dev/null; ls {_fixture.Workspaces} > \"$ARTIFACTS/siblings.txt\"; "
            + "if (echo forged > \"$GOPATH/logs/run.json\") 2>/dev/null; then echo writable; else echo protected; fi > \"$ARTIFACTS/state.txt\"; exit 0");

        await runtime.StartAsync(job, Ct);
        Assert.Equal(JobRunPhase.Succeeded, (await RuntimeFixture.WaitFinishedAsync(runtime, job)).Phase);

        var peeked = await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/peek.txt"), Ct);
        var siblings = await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/siblings.txt"), Ct);
        var state = (await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/state.txt"), Ct)).Trim();
        if (runtime.IsSandboxed)
        {
            Assert.Equal("", peeked);
            Assert.Equal("peek", siblings.Trim());
            Assert.Equal("protected", state);
        }
        else
        {
            Assert.Null(LocalJobRuntimeTestsSandbox.Bwrap());
            Assert.Equal("s3cret", peeked);
            Assert.Equal("writable", state);
        }
    }

    [Fact]
    public async Task SandboxNever_RunsPlainProcesses_EvenWhenBubblewrapIsInstalled()
    {
        var secretDir = Directory.CreateDirectory(Path.Combine(_fixture.Root, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(secretDir, "token"), "s3cret", Ct);
        var runtime = _fixture.Create(configure: o =>
        {
            o.Sandbox = SandboxMode.Never;
            o.HiddenPaths.Add(secretDir);
        });
        var job = RuntimeFixture.Job("plain", $"cat {secretDir}/token > \"$ARTIFACTS/peek.txt\"");

        await runtime.StartAsync(job, Ct);

        Assert.Equal(JobRunPhase.Succeeded, (await RuntimeFixture.WaitFinishedAsync(runtime, job)).Phase);
        Assert.False(runtime.IsSandboxed);
        Assert.Equal("s3cret", await File.ReadAllTextAsync(_fixture.ArtifactFile(job, "artifacts/peek.txt"), Ct));
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

internal static class LocalJobRuntimeTestsSandbox
{
    public static string? Bwrap() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "bwrap")).FirstOrDefault(File.Exists);
}
