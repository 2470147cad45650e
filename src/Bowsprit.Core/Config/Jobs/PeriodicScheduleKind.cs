namespace Bowsprit.Core.Config.Jobs;

/// <summary>Which of a periodic's three trigger fields is set.</summary>
public enum PeriodicScheduleKind
{
    Cron,
    Interval,
    MinimumInterval,
}
