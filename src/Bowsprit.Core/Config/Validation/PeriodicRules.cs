namespace Bowsprit.Core.Config.Validation;

/// <summary>Periodic names are global; retries are bounded.</summary>
internal sealed class PeriodicRules(ProwConfig config, ConfigDiagnostics diagnostics)
{
    public void Validate()
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var job in config.AllPeriodics)
        {
            if (!seen.TryAdd(job.Name, job.Source))
            {
                diagnostics.Error(job.LocationOf("name"), job.DisplayName, "name",
                    $"duplicated periodic job {job.Name} (also at {seen[job.Name]})");
            }

            if (job.Retry is { } retry)
            {
                if (retry.Attempts < 0)
                {
                    diagnostics.Error(job.LocationOf("retry"), job.DisplayName, "retry.attempts", "must not be negative");
                }

                if (!string.IsNullOrEmpty(retry.Interval) && !Time.GoDuration.TryParse(retry.Interval, out _))
                {
                    diagnostics.Error(job.LocationOf("retry"), job.DisplayName, "retry.interval", $"invalid duration \"{retry.Interval}\"");
                }
            }
        }
    }
}
