using System.Collections.Concurrent;
using System.Diagnostics;
using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;
using Bowsprit.Storage;
using Microsoft.Extensions.Logging;

namespace Bowsprit.LocalRuntime;

/// <summary>
/// Embedded mode's <see cref="IJobRuntime"/>: each ProwJob runs as a local process (inside bubblewrap when
/// available) in <c>WorkspaceRoot/&lt;job name&gt;/</c>, with clonerefs and entrypoint in-process and the build log
/// written straight into the local artifact store. <c>run.json</c> lets a restarted process report earlier runs.
/// A run that had not finished when an earlier Bowsprit process died is lost: its entrypoint (which would record
/// the outcome) died with that process, so a process of the run still alive is killed as an orphan, and Get returns
/// null and List leaves the run out, so the controller treats it as a vanished pod and marks the ProwJob errored.
/// Sandboxed runs die with Bowsprit anyway (bubblewrap's --die-with-parent).
/// </summary>
public sealed partial class LocalJobRuntime : IJobRuntime, IAsyncDisposable
{
    private readonly LocalRuntimeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<LocalJobRuntime> _logger;
    private readonly string _root;
    private readonly LocalArtifactStore _store;
    private readonly string? _bwrap;
    private readonly SemaphoreSlim _slots;
    private readonly SemaphoreSlim _startGate = new(1, 1);
    private readonly ConcurrentDictionary<string, ActiveRun> _active = new(StringComparer.Ordinal);
    private readonly RunEventHub _events = new();
    private int _disposed;

    public LocalJobRuntime(LocalRuntimeOptions options, TimeProvider timeProvider, ILogger<LocalJobRuntime> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrEmpty(options.WorkspaceRoot);
        ArgumentException.ThrowIfNullOrEmpty(options.ArtifactsRoot);
        _options = options;
        _time = timeProvider;
        _logger = logger;
        _root = Path.GetFullPath(options.WorkspaceRoot);
        Directory.CreateDirectory(_root);
        _store = new LocalArtifactStore(options.ArtifactsRoot);
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxConcurrentRuns));
        _bwrap = options.Sandbox == SandboxMode.Never ? null : options.BwrapPath ?? JobCommandLine.FindOnPath("bwrap");
        if (_bwrap is null && options.Sandbox == SandboxMode.Auto)
        {
            LocalRuntimeLog.SandboxUnavailable(logger);
        }
    }

    /// <summary>Whether jobs run inside bubblewrap.</summary>
    public bool IsSandboxed => _bwrap is not null;

    /// <summary>The store receiving build logs, finished.json and artifacts.</summary>
    public IArtifactStore Artifacts => _store;

    public async Task<JobRun> StartAsync(ProwJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = ValidName(job.Name);
        await _startGate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_active.TryGetValue(name, out var existing))
            {
                return existing.Current;
            }

            var workspace = Path.Combine(_root, name);
            if (await ReadDiskRunAsync(workspace, ct).ConfigureAwait(false) is { } previous)
            {
                return previous;
            }

            // Leftovers of a lost run: start over from an empty workspace.
            DeleteDirectory(workspace);
            var layout = new RunWorkspace(workspace);
            Directory.CreateDirectory(layout.Logs);
            var run = new ActiveRun(job.DeepCopy(), workspace,
                new JobRun(name, JobRunPhase.Pending, _time.GetUtcNow(), Node: Environment.MachineName));
            RunStateFile.From(run.Current, null).Write(workspace);
            _active[name] = run;
            _events.Publish(run.Current);
            run.Completion = Task.Run(() => ExecuteAsync(run), CancellationToken.None);
            return run.Current;
        }
        finally
        {
            _startGate.Release();
        }
    }

    public async Task<JobRun?> GetAsync(ProwJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = ValidName(job.Name);
        return _active.TryGetValue(name, out var run)
            ? run.Current
            : await ReadDiskRunAsync(Path.Combine(_root, name), ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JobRun>> ListAsync(CancellationToken ct)
    {
        var runs = new List<JobRun>();
        foreach (var workspace in Directory.EnumerateDirectories(_root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(workspace);
            var run = _active.TryGetValue(name, out var active)
                ? active.Current
                : await ReadDiskRunAsync(workspace, ct).ConfigureAwait(false);
            if (run is not null)
            {
                runs.Add(run);
            }
        }

        return runs;
    }

    /// <summary>Interrupts the run; the entrypoint sends SIGINT, then SIGKILL after the grace period. Returns at once.</summary>
    public async Task StopAsync(ProwJob job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        var name = ValidName(job.Name);
        if (_active.TryGetValue(name, out var run))
        {
            await run.Stop.CancelAsync().ConfigureAwait(false);
            return;
        }

        // A run left by a previous Bowsprit process has no entrypoint here to interrupt it.
        await KillAsync(name, ct).ConfigureAwait(false);
    }

    public async Task DeleteAsync(string jobName, CancellationToken ct)
    {
        var name = ValidName(jobName);
        if (_active.TryRemove(name, out var run))
        {
            await run.Stop.CancelAsync().ConfigureAwait(false);
            await run.Completion.WaitAsync(ct).ConfigureAwait(false);
            run.Dispose();
        }
        else
        {
            await KillAsync(name, ct).ConfigureAwait(false);
        }

        DeleteDirectory(Path.Combine(_root, name));
    }

    /// <summary>
    /// Kills the process tree of a run started by an earlier Bowsprit process (an orphan whose ProwJob the
    /// controller no longer knows, or one being aborted) and records it as Failed with 130. No-op otherwise.
    /// </summary>
    public async Task KillAsync(string jobName, CancellationToken ct)
    {
        var name = ValidName(jobName);
        if (_active.ContainsKey(name))
        {
            throw new InvalidOperationException($"Run {name} belongs to this process; stop it with StopAsync.");
        }

        var workspace = Path.Combine(_root, name);
        var state = await RunStateFile.ReadAsync(workspace, ct).ConfigureAwait(false);
        if (state is null || IsTerminal(state.Phase) || state.ProcessId(workspace) is not { } pid || TryGetRunProcess(pid, workspace, name) is not { } process)
        {
            return;
        }

        using (process)
        {
            await KillTreeAsync(process, ct).ConfigureAwait(false);
        }

        var killed = state with
        {
            Phase = JobRunPhase.Failed,
            FinishedAt = _time.GetUtcNow(),
            ExitCode = 130,
            Message = "Killed: left running by a previous Bowsprit process",
        };
        killed.Write(workspace);
        _events.Publish(killed.ToJobRun());
    }

    public IAsyncEnumerable<JobRun> WatchAsync(CancellationToken ct) => _events.WatchAsync(ct);

    /// <summary>Interrupts every run this process owns and waits for them to record their end.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        foreach (var run in _active.Values)
        {
            await run.Stop.CancelAsync().ConfigureAwait(false);
        }

        await Task.WhenAll(_active.Values.Select(r => r.Completion)).ConfigureAwait(false);
        foreach (var run in _active.Values)
        {
            run.Dispose();
        }

        _slots.Dispose();
        _startGate.Dispose();
    }

    private async Task<JobRun?> ReadDiskRunAsync(string workspace, CancellationToken ct)
    {
        var state = await RunStateFile.ReadAsync(workspace, ct).ConfigureAwait(false);
        if (state is null)
        {
            return null;
        }

        if (IsTerminal(state.Phase))
        {
            return state.ToJobRun();
        }

        // Not finished and not ours: an orphan of a previous Bowsprit process whose outcome nobody can record.
        if (state.ProcessId(workspace) is { } pid && TryGetRunProcess(pid, workspace, state.JobName) is { } process)
        {
            using (process)
            {
                LocalRuntimeLog.OrphanKilled(_logger, state.JobName, pid);
                await KillTreeAsync(process, ct).ConfigureAwait(false);
            }
        }

        return null;
    }

    private static bool IsTerminal(JobRunPhase phase) => phase is JobRunPhase.Succeeded or JobRunPhase.Failed;

    private static async Task KillTreeAsync(Process process, CancellationToken ct)
    {
        try
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            // Exited on its own meanwhile.
        }
    }

    /// <summary>The live process with that pid if it is this run's (pids get reused), else null.</summary>
    private static Process? TryGetRunProcess(int pid, string workspace, string jobName)
    {
        try
        {
            var process = Process.GetProcessById(pid);
            if (!process.HasExited && RunProcessIdentity.IsRunOf(pid, workspace, jobName))
            {
                return process;
            }

            process.Dispose();
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string ValidName(string name)
    {
        if (string.IsNullOrEmpty(name) || name is "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0)
        {
            throw new ArgumentException($"'{name}' is not a usable ProwJob name for a workspace directory.", nameof(name));
        }

        return name;
    }

    private static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
