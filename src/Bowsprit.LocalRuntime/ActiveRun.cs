using Bowsprit.Core.Api;
using Bowsprit.Core.Runtime;

namespace Bowsprit.LocalRuntime;

/// <summary>A run this process owns: its latest state, the stop switch and the task doing the work.</summary>
internal sealed class ActiveRun(ProwJob job, string workspace, JobRun initial) : IDisposable
{
    private readonly Lock _gate = new();
    private JobRun _current = initial;
    private int? _pid;

    public ProwJob Job { get; } = job;

    public string Workspace { get; } = workspace;

    public CancellationTokenSource Stop { get; } = new();

    public Task Completion { get; set; } = Task.CompletedTask;

    public JobRun Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public (JobRun Run, int? Pid) Update(Func<JobRun, JobRun> change, int? pid = null)
    {
        lock (_gate)
        {
            _current = change(_current);
            _pid = pid ?? _pid;
            return (_current, _pid);
        }
    }

    public void Dispose() => Stop.Dispose();
}
