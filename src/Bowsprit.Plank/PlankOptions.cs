using Bowsprit.Core.Config.Sections;

namespace Bowsprit.Plank;

/// <summary>plank's process options; the job rules themselves come from config.yaml's <c>plank</c> section.</summary>
public sealed class PlankOptions
{
    /// <summary>Jobs reconciled at once (Prow's <c>max_goroutines</c> plays this role when set in config).</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>
    /// How often every incomplete job is looked at again even without an event, so timeouts fire and held jobs
    /// get another chance when a slot frees on a job this process never saw finish.
    /// </summary>
    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a job held by a concurrency limit waits before it is looked at again (Prow: 10s).</summary>
    public TimeSpan HeldRequeue { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fresh-read retries of one reconcile after a resource-version conflict before it is requeued.</summary>
    public int ConflictRetries { get; set; } = 5;

    /// <summary>The live <c>plank</c> section; read on every reconcile so config reloads apply without a restart.</summary>
    public Func<PlankConfig> Config { get; set; } = static () => new PlankConfig();
}
