using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;

namespace Bowsprit.Testing;

/// <summary>
/// An in-memory <see cref="IJobRuntime"/> that tests drive by hand: runs only move when the test says so
/// (<see cref="MarkRunning"/>, <see cref="Finish"/>, <see cref="Lose"/>), and starting can be made to fail.
/// </summary>
public sealed class FakeJobRuntime(TimeProvider time) : IJobRuntime
{
    private readonly Dictionary<string, JobRun> _runs = new(StringComparer.Ordinal);
    private readonly List<Channel<JobRun>> _watchers = [];
    private readonly List<string> _stopped = [];
    private readonly List<string> _deleted = [];
    private readonly Lock _gate = new();
    private int _runsCreated;
    private int _startCalls;

    /// <summary>When set, <see cref="StartAsync"/> throws it instead of starting anything.</summary>
    public Exception? StartFailure { get; set; }

    /// <summary>Runs actually created (a repeated start of an existing run does not count).</summary>
    public int RunsCreated { get { lock (_gate) { return _runsCreated; } } }

    public int StartCalls { get { lock (_gate) { return _startCalls; } } }

    public IReadOnlyList<string> Stopped { get { lock (_gate) { return [.. _stopped]; } } }

    public IReadOnlyList<string> Deleted { get { lock (_gate) { return [.. _deleted]; } } }

    public JobRun? Run(string jobName)
    {
        lock (_gate)
        {
            return _runs.GetValueOrDefault(jobName);
        }
    }

    /// <summary>Puts a run in place as if some earlier process had started it (for adoption and orphan tests).</summary>
    public void Seed(JobRun run)
    {
        lock (_gate)
        {
            _runs[run.JobName] = run;
            _runsCreated++;
        }
    }

    public void MarkRunning(string jobName) =>
        Change(jobName, run => run with { Phase = JobRunPhase.Running, StartedAt = time.GetUtcNow() });

    public void Finish(string jobName, bool succeeded) =>
        Change(jobName, run => run with
        {
            Phase = succeeded ? JobRunPhase.Succeeded : JobRunPhase.Failed,
            FinishedAt = time.GetUtcNow(),
            ExitCode = succeeded ? 0 : 1,
        });

    /// <summary>The run disappears without a trace (process killed, pod deleted, node lost).</summary>
    public void Lose(string jobName)
    {
        JobRun? lost;
        lock (_gate)
        {
            _runs.Remove(jobName, out lost);
        }

        if (lost is not null)
        {
            Publish(lost with { Phase = JobRunPhase.Failed, Message = "lost" });
        }
    }

    public Task<JobRun> StartAsync(ProwJob job, CancellationToken ct)
    {
        JobRun run;
        lock (_gate)
        {
            _startCalls++;
            if (StartFailure is { } failure)
            {
                throw failure;
            }

            if (_runs.TryGetValue(job.Name, out var existing))
            {
                return Task.FromResult(existing);
            }

            run = new JobRun(job.Name, JobRunPhase.Pending, time.GetUtcNow(), Node: "fake");
            _runs[job.Name] = run;
            _runsCreated++;
        }

        Publish(run);
        return Task.FromResult(run);
    }

    public Task<JobRun?> GetAsync(ProwJob job, CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult(_runs.GetValueOrDefault(job.Name));
        }
    }

    public Task<IReadOnlyList<JobRun>> ListAsync(CancellationToken ct)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<JobRun>>([.. _runs.Values]);
        }
    }

    public Task StopAsync(ProwJob job, CancellationToken ct)
    {
        lock (_gate)
        {
            _stopped.Add(job.Name);
        }

        Change(job.Name, run => run.Phase is JobRunPhase.Pending or JobRunPhase.Running
            ? run with { Phase = JobRunPhase.Failed, FinishedAt = time.GetUtcNow(), ExitCode = 130, Message = "stopped" }
            : run);
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string jobName, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_runs.Remove(jobName))
            {
                _deleted.Add(jobName);
            }
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<JobRun> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        var channel = Channel.CreateUnbounded<JobRun>();
        lock (_gate)
        {
            _watchers.Add(channel);
        }

        try
        {
            await foreach (var run in channel.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                yield return run;
            }
        }
        finally
        {
            lock (_gate)
            {
                _watchers.Remove(channel);
            }
        }
    }

    private void Change(string jobName, Func<JobRun, JobRun> change)
    {
        JobRun changed;
        lock (_gate)
        {
            if (!_runs.TryGetValue(jobName, out var run))
            {
                throw new InvalidOperationException($"no run for job {jobName}");
            }

            changed = change(run);
            _runs[jobName] = changed;
        }

        Publish(changed);
    }

    private void Publish(JobRun run)
    {
        lock (_gate)
        {
            foreach (var watcher in _watchers)
            {
                watcher.Writer.TryWrite(run);
            }
        }
    }
}
