using System.Diagnostics;
using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;
using k8s.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.LocalRuntime.Tests;

/// <summary>A workspace root and artifact root in a scratch directory, and helpers to build and await jobs.</summary>
internal sealed class RuntimeFixture : IAsyncDisposable
{
    private readonly List<LocalJobRuntime> _runtimes = [];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "bowsprit-localruntime-tests", Guid.NewGuid().ToString("N"));

    public string Workspaces => Path.Combine(Root, "workspaces");

    public string ArtifactsRoot => Path.Combine(Root, "artifacts");

    public LocalJobRuntime Create(int maxConcurrentRuns = 4, Action<LocalRuntimeOptions>? configure = null)
    {
        var options = new LocalRuntimeOptions
        {
            WorkspaceRoot = Workspaces,
            ArtifactsRoot = ArtifactsRoot,
            MaxConcurrentRuns = maxConcurrentRuns,
        };
        configure?.Invoke(options);
        var runtime = new LocalJobRuntime(options, TimeProvider.System, NullLogger<LocalJobRuntime>.Instance);
        _runtimes.Add(runtime);
        return runtime;
    }

    public static ProwJob Job(string name, string script, ProwJobType type = ProwJobType.Periodic, Refs? refs = null, DecorationConfig? decoration = null) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new ProwJobSpec
        {
            Type = type,
            Job = "job-" + name,
            Refs = refs,
            DecorationConfig = decoration,
            PodSpec = new V1PodSpec
            {
                Containers =
                [
                    new V1Container
                    {
                        Name = "test",
                        Command = ["/bin/sh", "-c"],
                        Args = [script],
                        Env = [new V1EnvVar { Name = "FROM_CONTAINER", Value = "yes" }],
                    },
                ],
            },
        },
        Status = new ProwJobStatus { BuildId = "100" + name.Length },
    };

    public static async Task<JobRun> WaitAsync(LocalJobRuntime runtime, ProwJob job, Func<JobRun, bool> until, TimeSpan? within = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = within ?? TimeSpan.FromSeconds(10);
        while (true)
        {
            var run = await runtime.GetAsync(job, TestContext.Current.CancellationToken);
            if (run is not null && until(run))
            {
                return run;
            }

            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"Run {job.Name} did not reach the expected state; last: {run}");
            }

            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    public static Task<JobRun> WaitFinishedAsync(LocalJobRuntime runtime, ProwJob job, TimeSpan? within = null) =>
        WaitAsync(runtime, job, r => r.Phase is JobRunPhase.Succeeded or JobRunPhase.Failed, within);

    public string ArtifactFile(ProwJob job, string relative) =>
        Path.Combine(ArtifactsRoot, "logs", job.Spec.Job!, job.Status.BuildId!, relative);

    public async ValueTask DisposeAsync()
    {
        foreach (var runtime in _runtimes)
        {
            await runtime.DisposeAsync();
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp dir must not fail the test.
        }
    }
}
