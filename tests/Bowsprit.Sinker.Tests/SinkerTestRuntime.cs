using System.Runtime.CompilerServices;
using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;

namespace Bowsprit.Sinker.Tests;

/// <summary>An <see cref="IJobRuntime"/> holding runs in memory that tests add directly; records deletions.</summary>
internal sealed class SinkerTestRuntime : IJobRuntime
{
    private readonly Dictionary<string, JobRun> _runs = new(StringComparer.Ordinal);
    private readonly List<string> _deleted = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<string> Deleted
    {
        get
        {
            lock (_gate)
            {
                return [.. _deleted];
            }
        }
    }

    /// <summary>Names whose deletion throws, to exercise error handling.</summary>
    public HashSet<string> FailingDeletes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> RunNames
    {
        get
        {
            lock (_gate)
            {
                return [.. _runs.Keys];
            }
        }
    }

    public void Add(JobRun run)
    {
        lock (_gate)
        {
            _runs[run.JobName] = run;
        }
    }

    public Task<JobRun> StartAsync(ProwJob job, CancellationToken ct) => throw new NotSupportedException("sinker never starts runs");

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

    public Task StopAsync(ProwJob job, CancellationToken ct) => Task.CompletedTask;

    public Task DeleteAsync(string jobName, CancellationToken ct)
    {
        if (FailingDeletes.Contains(jobName))
        {
            throw new IOException($"cannot delete {jobName}");
        }

        lock (_gate)
        {
            _runs.Remove(jobName);
            _deleted.Add(jobName);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<JobRun> WatchAsync([EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Delay(Timeout.Infinite, ct);
        yield break;
    }
}
