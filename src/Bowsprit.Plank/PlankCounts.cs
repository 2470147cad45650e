namespace Bowsprit.Plank;

/// <summary>
/// Jobs that occupy a slot ahead of the one being admitted: pending ones, plus triggered ones created earlier so
/// held jobs start in arrival order.
/// </summary>
/// <param name="Total">Pending jobs of every name (for the global <c>plank.max_concurrency</c>).</param>
/// <param name="SameJob">Pending and older triggered jobs with the same <c>spec.job</c>.</param>
/// <param name="SameQueue">Pending and older triggered jobs with the same <c>spec.job_queue_name</c>.</param>
public sealed record PlankCounts(int Total, int SameJob, int SameQueue)
{
    public static PlankCounts None { get; } = new(0, 0, 0);
}
