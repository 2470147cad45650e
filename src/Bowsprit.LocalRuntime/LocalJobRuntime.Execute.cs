using System.Globalization;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Runtime;
using Bowsprit.PodUtils.Clonerefs;
using Bowsprit.PodUtils.Entrypoint;
using Bowsprit.PodUtils.Initupload;
using Bowsprit.PodUtils.Sidecar;
using Bowsprit.PodUtils.Upload;
using Bowsprit.Storage;

namespace Bowsprit.LocalRuntime;

public sealed partial class LocalJobRuntime
{
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

        var spec = DownwardJobSpec.From(job);
        var target = UploadTargetFor(spec);
        var buildLog = _store.PathFor(target.Key(InituploadRunner.BuildLogFile));
        Directory.CreateDirectory(Path.GetDirectoryName(buildLog)!);

        // As in Prow, only decorated jobs get their refs cloned (by clonerefs); an undecorated job checks out its own code.
        List<Refs> refs = job.Spec.DecorationConfig is { SkipCloning: not true } ? [.. spec.AllRefs] : [];
        if (refs.Count > 0 && !await CloneAsync(refs, layout, stop).ConfigureAwait(false))
        {
            await FinishAsync(run, EntrypointExitCodes.Aborted, "Aborted while cloning").ConfigureAwait(false);
            return;
        }

        // initupload: started.json and the clone records; a failed clone ends the run with the clone log as build log.
        var initupload = new InituploadRunner(new InituploadOptions { Log = refs.Count > 0 ? layout.CloneLog : null }, _time);
        if (await initupload.RunAsync(target, spec, Environment.MachineName, CancellationToken.None).ConfigureAwait(false) != 0)
        {
            await FinishAsync(run, null, "Cloning refs failed; see build-log.txt", finishedWritten: true).ConfigureAwait(false);
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
        var argv = JobCommandLine.Build(_bwrap, layout.Root, workingDirectory, HiddenPaths(), [layout.Logs], volumes, command);
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
            hooks: new EntrypointProcessHooks
            {
                // Only the job's own variables: none of Bowsprit's (tokens, secrets) reach it.
                Configure = start =>
                {
                    start.Environment.Clear();
                    foreach (var (name, value) in environment)
                    {
                        start.Environment[name] = value;
                    }

                    start.WorkingDirectory = workingDirectory;
                },
                Started = pid => RecordPid(layout, pid),
                InterruptTarget = _bwrap is null ? null : SandboxedProcess.Innermost,
            });

        // Not persisted: after a restart a running run is an orphan either way, found through its pid file.
        await PublishAsync(run, r => r with { Phase = JobRunPhase.Running, StartedAt = _time.GetUtcNow() }, persist: false).ConfigureAwait(false);
        var code = await entrypoint.RunAsync(stop).ConfigureAwait(false);

        // sidecar: artifacts, metadata and finished.json (the build log is already in place).
        var sidecar = new SidecarRunner(
            new SidecarOptions
            {
                GcsOptions = new UploadOptions { Items = [layout.Artifacts] },
                Entries = [new SidecarEntry { ProcessLog = buildLog, MarkerFile = layout.MarkerFile, MetadataFile = Path.Combine(layout.Artifacts, "metadata.json") }],
            },
            _time);
        await sidecar.UploadAsync(target, spec, [code], CancellationToken.None).ConfigureAwait(false);
        await FinishAsync(run, code, code switch
        {
            0 => null,
            EntrypointExitCodes.Aborted => "Aborted",
            EntrypointExitCodes.InternalError => "Timed out, or the command could not start; see build-log.txt",
            _ => $"Exited with code {code.ToString(CultureInfo.InvariantCulture)}",
        }, finishedWritten: true).ConfigureAwait(false);
    }

    /// <summary>Clones into the workspace, leaving the clone records for initupload; false when aborted.</summary>
    private async Task<bool> CloneAsync(List<Refs> refs, RunWorkspace layout, CancellationToken stop)
    {
        var options = new ClonerefsOptions { SrcRoot = layout.Root, Log = layout.CloneLog, Refs = refs, MaxParallelWorkers = refs.Count };
        try
        {
            await new ClonerefsRunner(options, _time).RunAsync(stop).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>The pid lets a restarted Bowsprit find (and kill) the run's process if this one dies first.</summary>
    private void RecordPid(RunWorkspace layout, int pid)
    {
        try
        {
            File.WriteAllText(layout.PidFile, pid.ToString(CultureInfo.InvariantCulture));
        }
        catch (IOException e)
        {
            LocalRuntimeLog.PidNotRecorded(_logger, e, layout.Root);
        }
    }

    /// <summary>Publishes the run's end; writes <c>finished.json</c> unless initupload or sidecar already did.</summary>
    private async Task FinishAsync(ActiveRun run, int? exitCode, string? message, bool finishedWritten = false)
    {
        var now = _time.GetUtcNow();
        if (!finishedWritten)
        {
            await WriteFinishedAsync(run, exitCode, now).ConfigureAwait(false);
        }

        var done = await PublishAsync(run, r => r with
        {
            Phase = exitCode == 0 ? JobRunPhase.Succeeded : JobRunPhase.Failed,
            FinishedAt = now,
            ExitCode = exitCode,
            Message = message,
        }).ConfigureAwait(false);
        LocalRuntimeLog.RunFinished(_logger, done.JobName, done.Phase, done.ExitCode);
    }

    private async Task WriteFinishedAsync(ActiveRun run, int? exitCode, DateTimeOffset now)
    {
        var spec = DownwardJobSpec.From(run.Job);

        // No exit code (the run never got to start its command) is a failure.
        var (passed, result) = EntrypointExitCodes.Outcome([exitCode ?? EntrypointExitCodes.InternalError]);
        var finished = new Finished
        {
            Timestamp = now.ToUnixTimeSeconds(),
            Passed = passed,
            Result = result,
            Revision = InituploadRunner.Revision(spec),
        };
        var target = UploadTargetFor(spec);
        await JobArtifacts.WriteFinishedAsync(_store, target.Job, target.PathStrategy, finished, CancellationToken.None)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Where the run's files go in the local store: the job's own <c>gcs_configuration</c> decides the path (so its
    /// <c>status.url</c> and deck agree on it), else the runtime's default strategy. The bucket itself is always local.
    /// </summary>
    private UploadTarget UploadTargetFor(DownwardJobSpec spec)
    {
        var paths = PathStrategyOptions.For(spec.DecorationConfig?.GcsConfiguration, _options.PathStrategy);
        return new(_store, new StoragePath(StorageProvider.File, _store.RootDirectory, ""), paths, UploadTarget.ArtifactJobFor(spec));
    }

    private async Task<JobRun> PublishAsync(ActiveRun run, Func<JobRun, JobRun> change, bool persist = true)
    {
        var (current, pid) = run.Update(change);
        if (persist)
        {
            RunStateFile.From(current, pid).Write(run.Workspace);
        }

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
}
