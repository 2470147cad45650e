using System.Globalization;
using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.PodUtils.Clonerefs;
using Bowsprit.PodUtils.Entrypoint;
using Bowsprit.Storage;

namespace Bowsprit.LocalRuntime;

public sealed partial class LocalJobRuntime
{
    private const string BuildLogName = "build-log.txt";
    private static readonly TimeSpan PidPollInterval = TimeSpan.FromMilliseconds(10);

    private async Task ExecuteAsync(ActiveRun run)
    {
        var stop = run.Stop.Token;
        try
        {
            try
            {
                await _slots.WaitAsync(stop).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await FinishAsync(run, EntrypointExitCodes.Aborted, "Aborted while queued").ConfigureAwait(false);
                return;
            }

            try
            {
                await RunJobAsync(run, stop).ConfigureAwait(false);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Anything unexpected still ends the run, so the ProwJob never waits for a run that will not report.
            LocalRuntimeLog.RunCrashed(_logger, e, run.Current.JobName);
            await FinishAsync(run, null, $"Local runtime error: {e.Message}").ConfigureAwait(false);
        }
    }

    private async Task RunJobAsync(ActiveRun run, CancellationToken stop)
    {
        var job = run.Job;
        var layout = new RunWorkspace(run.Workspace);
        var container = job.Spec.PodSpec?.Containers?.FirstOrDefault();
        var command = (container?.Command ?? []).Concat(container?.Args ?? []).ToList();
        if (command.Count == 0)
        {
            await FinishAsync(run, null, "The job's first container has no command or args to run").ConfigureAwait(false);
            return;
        }

        if (_bwrap is null && _options.Sandbox == SandboxMode.Always)
        {
            await FinishAsync(run, null, "Sandbox is 'always' but bubblewrap (bwrap) is not installed").ConfigureAwait(false);
            return;
        }

        if (Volumes(job, layout) is not { } volumes)
        {
            await FinishAsync(run, null, "Only emptyDir volumes are supported by the local runtime").ConfigureAwait(false);
            return;
        }

        var artifactJob = ToArtifactJob(job);
        var buildLogKey = $"{ArtifactPaths.JobDirectory(artifactJob, _options.PathStrategy)}/{BuildLogName}";
        var buildLog = Path.Combine(_store.RootDirectory, buildLogKey);
        Directory.CreateDirectory(Path.GetDirectoryName(buildLog)!);

        // As in Prow, only decorated jobs get their refs cloned (by clonerefs); an undecorated job checks out its own code.
        List<Refs> refs = job.Spec.DecorationConfig is { SkipCloning: not true } ? AllRefs(job) : [];
        if (refs.Count > 0 && !await CloneAsync(refs, layout, buildLog, stop).ConfigureAwait(false))
        {
            var aborted = stop.IsCancellationRequested;
            await FinishAsync(run, aborted ? EntrypointExitCodes.Aborted : null, aborted ? "Aborted while cloning" : "Cloning refs failed; see build-log.txt")
                .ConfigureAwait(false);
            return;
        }

        var environment = new SortedDictionary<string, string>(
            JobEnvironment.For(job).ToDictionary(), StringComparer.Ordinal)
        {
            ["ARTIFACTS"] = layout.Artifacts,
            ["GOPATH"] = layout.Root,
        };
        environment.TryAdd("HOME", layout.Root);
        environment.TryAdd("PATH", Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin");

        var workingDirectory = refs.Count == 0
            ? layout.Root
            : ClonePath.For(layout.Root, refs.FirstOrDefault(r => r.WorkDir) ?? refs[0]);
        var argv = JobCommandLine.Build(
            _bwrap, layout.PidFile, layout.Root, workingDirectory, HiddenPaths(), [layout.Logs], volumes, environment, command);
        var decoration = job.Spec.DecorationConfig;
        var entrypoint = new EntrypointRunner(
            new EntrypointOptions
            {
                Args = argv,
                Timeout = decoration?.Timeout ?? TimeSpan.Zero,
                GracePeriod = decoration?.GracePeriod ?? TimeSpan.Zero,
                ArtifactDir = layout.Artifacts,
                ProcessLog = buildLog,
                MarkerFile = layout.MarkerFile,
            },
            _time,
            interruptTarget: _bwrap is null ? null : SandboxedProcess.Innermost);

        await PublishAsync(run, r => r with { Phase = JobRunPhase.Running, StartedAt = _time.GetUtcNow() }).ConfigureAwait(false);
        var process = entrypoint.RunAsync(stop);
        await RecordPidAsync(run, layout, process).ConfigureAwait(false);
        var code = await process.ConfigureAwait(false);

        await UploadArtifactsAsync(layout, artifactJob).ConfigureAwait(false);
        await FinishAsync(run, code, code switch
        {
            0 => null,
            EntrypointExitCodes.Aborted => "Aborted",
            EntrypointExitCodes.InternalError => "Timed out, or the command could not start; see build-log.txt",
            _ => $"Exited with code {code.ToString(CultureInfo.InvariantCulture)}",
        }).ConfigureAwait(false);
    }

    /// <summary>Clones into the workspace; on failure the clone records become the build log, as initupload does.</summary>
    private async Task<bool> CloneAsync(List<Refs> refs, RunWorkspace layout, string buildLog, CancellationToken stop)
    {
        var options = new ClonerefsOptions { SrcRoot = layout.Root, Log = layout.CloneLog, Refs = refs, MaxParallelWorkers = refs.Count };
        ClonerefsResult result;
        try
        {
            result = await new ClonerefsRunner(options, _time).RunAsync(stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        if (!result.Records.Any(r => r.Failed))
        {
            return true;
        }

        var log = new StringBuilder();
        foreach (var command in result.Records.SelectMany(r => r.Commands))
        {
            log.Append("$ ").AppendLine(command.Command).Append(command.Output);
            if (!string.IsNullOrEmpty(command.Error))
            {
                log.AppendLine(command.Error);
            }
        }

        await File.WriteAllTextAsync(buildLog, log.ToString(), CancellationToken.None).ConfigureAwait(false);
        return false;
    }

    /// <summary>The shim writes the pid as the process starts; record it so a restarted Bowsprit can find the process.</summary>
    private async Task RecordPidAsync(ActiveRun run, RunWorkspace layout, Task process)
    {
        while (!process.IsCompleted)
        {
            if (File.Exists(layout.PidFile)
                && int.TryParse((await File.ReadAllTextAsync(layout.PidFile).ConfigureAwait(false)).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid))
            {
                var (current, _) = run.Update(r => r, pid);
                await RunStateFile.From(current, pid).WriteAsync(run.Workspace, CancellationToken.None).ConfigureAwait(false);
                return;
            }

            await Task.WhenAny(process, Task.Delay(PidPollInterval, _time)).ConfigureAwait(false);
        }
    }

    private async Task UploadArtifactsAsync(RunWorkspace layout, ArtifactJob job)
    {
        if (!Directory.Exists(layout.Artifacts))
        {
            return;
        }

        var directory = ArtifactPaths.JobDirectory(job, _options.PathStrategy);
        foreach (var file in Directory.EnumerateFiles(layout.Artifacts, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(layout.Artifacts, file).Replace(Path.DirectorySeparatorChar, '/').Replace("#", "%23", StringComparison.Ordinal);
            var content = File.OpenRead(file);
            await using (content.ConfigureAwait(false))
            {
                await _store.WriteAsync($"{directory}/artifacts/{relative}", content, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private async Task FinishAsync(ActiveRun run, int? exitCode, string? message)
    {
        var now = _time.GetUtcNow();
        var job = run.Job;
        var finished = new Finished
        {
            Timestamp = now.ToUnixTimeSeconds(),
            Passed = exitCode == 0,
            Result = exitCode switch
            {
                0 => "SUCCESS",
                EntrypointExitCodes.Aborted => "ABORTED",
                _ => "FAILURE",
            },
            Revision = job.Spec.MainRefs is { } main
                ? main.Pulls is [var pull, ..] ? pull.Sha : string.IsNullOrEmpty(main.BaseSha) ? main.BaseRef : main.BaseSha
                : null,
        };
        await JobArtifacts.WriteFinishedAsync(_store, ToArtifactJob(job), _options.PathStrategy, finished, CancellationToken.None)
            .ConfigureAwait(false);
        var done = await PublishAsync(run, r => r with
        {
            Phase = exitCode == 0 ? JobRunPhase.Succeeded : JobRunPhase.Failed,
            FinishedAt = now,
            ExitCode = exitCode,
            Message = message,
        }).ConfigureAwait(false);
        LocalRuntimeLog.RunFinished(_logger, done.JobName, done.Phase, done.ExitCode);
    }

    private async Task<JobRun> PublishAsync(ActiveRun run, Func<JobRun, JobRun> change)
    {
        var (current, pid) = run.Update(change);
        await RunStateFile.From(current, pid).WriteAsync(run.Workspace, CancellationToken.None).ConfigureAwait(false);
        _events.Publish(current);
        return current;
    }

    // Shortest first: a tmpfs mounted over a parent after one over its child would uncover nothing but still
    // hide the child's mount, and bwrap mounts in argument order.
    private List<string> HiddenPaths() =>
        [.. new[] { _root, _store.RootDirectory }.Concat(_options.HiddenPaths.Select(Path.GetFullPath).Where(Directory.Exists))
            .Distinct(StringComparer.Ordinal).OrderBy(static p => p.Length)];

    /// <summary>emptyDir volumes become workspace directories (bound at their mount path when sandboxed); null if any other kind is used.</summary>
    private static List<(string Source, string Target)>? Volumes(ProwJob job, RunWorkspace layout)
    {
        var volumes = job.Spec.PodSpec?.Volumes ?? [];
        if (volumes.Any(v => v.EmptyDir is null))
        {
            return null;
        }

        var mounts = job.Spec.PodSpec?.Containers?.FirstOrDefault()?.VolumeMounts ?? [];
        var result = new List<(string, string)>();
        foreach (var volume in volumes)
        {
            var source = layout.Volume(volume.Name);
            Directory.CreateDirectory(source);
            result.AddRange(mounts.Where(m => m.Name == volume.Name).Select(m => (source, m.MountPath)));
        }

        return result;
    }

    private static List<Refs> AllRefs(ProwJob job) =>
        [.. job.Spec.Refs is { } refs ? [refs] : Array.Empty<Refs>(), .. job.Spec.ExtraRefs ?? []];

    private static ArtifactJob ToArtifactJob(ProwJob job)
    {
        var main = job.Spec.MainRefs;
        return new ArtifactJob(
            job.Spec.Type,
            job.Spec.Job ?? job.Name,
            string.IsNullOrEmpty(job.Status.BuildId) ? job.Name : job.Status.BuildId,
            main?.Org,
            main?.Repo,
            job.Spec.Type == ProwJobType.Presubmit ? main?.Pulls?.FirstOrDefault()?.Number : null);
    }
}
