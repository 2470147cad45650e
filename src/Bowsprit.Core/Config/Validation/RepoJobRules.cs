using Bowsprit.Core.Config.Jobs;

namespace Bowsprit.Core.Config.Validation;

/// <summary>Rules for presubmits and postsubmits: uniqueness per repo and branch, triggers, change filters.</summary>
internal sealed class RepoJobRules(ProwConfig config, ConfigDiagnostics diagnostics)
{
    public void Validate()
    {
        foreach (var (repo, jobs) in config.Presubmits ?? [])
        {
            CheckUnique(repo, jobs, "presubmit");
            foreach (var job in jobs)
            {
                CheckPresubmit(job);
            }
        }

        foreach (var (repo, jobs) in config.Postsubmits ?? [])
        {
            CheckUnique(repo, jobs, "postsubmit");
            foreach (var job in jobs)
            {
                CheckChangeFilters(job, job.AlwaysRun == true);
            }
        }
    }

    /// <summary>
    /// Names and contexts must be unique among a repo's jobs whose branches overlap. Jobs are grouped by name
    /// and by context first, so only true candidates are compared (repos carry hundreds of jobs).
    /// </summary>
    private void CheckUnique<T>(string repo, List<T> jobs, string kind)
        where T : RepoJob
    {
        foreach (var group in jobs.GroupBy(static j => j.Name, StringComparer.Ordinal).Where(static g => g.Skip(1).Any()))
        {
            ForOverlappingPairs(group.ToList(), (earlier, later) =>
                diagnostics.Error(later.LocationOf("name"), later.DisplayName, "name",
                    $"duplicated {kind} job {later.Name} for {repo} on overlapping branches (also at {earlier.Source})"));
        }

        foreach (var group in jobs.GroupBy(static j => j.Context ?? j.Name, StringComparer.Ordinal).Where(static g => g.Skip(1).Any()))
        {
            ForOverlappingPairs(group.ToList(), (earlier, later) =>
            {
                if (earlier.Name != later.Name)
                {
                    diagnostics.Error(later.LocationOf("context"), later.DisplayName, "context",
                        $"jobs {earlier.Name} and {later.Name} report to the same GitHub context \"{later.Context}\" on overlapping branches (other job at {earlier.Source})");
                }
            });
        }
    }

    private static void ForOverlappingPairs<T>(List<T> jobs, Action<T, T> report)
        where T : RepoJob
    {
        for (var i = 1; i < jobs.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (jobs[j].Brancher.Intersects(jobs[i].Brancher))
                {
                    report(jobs[j], jobs[i]);
                    break;
                }
            }
        }
    }

    private void CheckPresubmit(Presubmit job)
    {
        CheckChangeFilters(job, job.AlwaysRun);
        var hasTrigger = !string.IsNullOrEmpty(job.Trigger);
        var hasRerun = !string.IsNullOrEmpty(job.RerunCommand);
        if (hasTrigger != hasRerun)
        {
            var missing = hasTrigger ? "rerun_command" : "trigger";
            diagnostics.Error(job.LocationOf(hasTrigger ? "trigger" : "rerun_command"), job.DisplayName, missing,
                "trigger and rerun_command must be set together (or both left empty for the default /test <name>)");
        }
        else if (hasTrigger && !job.UsesDefaultTrigger && job.TriggerRegex is not null && !job.TriggerMatches(job.RerunCommand!))
        {
            diagnostics.Error(job.LocationOf("rerun_command"), job.DisplayName, "rerun_command",
                $"rerun_command \"{job.RerunCommand}\" is not matched by trigger \"{job.Trigger}\"");
        }
    }

    private void CheckChangeFilters(RepoJob job, bool alwaysRun)
    {
        var runIfChanged = !string.IsNullOrEmpty(job.RunIfChanged);
        var skipIfOnly = !string.IsNullOrEmpty(job.SkipIfOnlyChanged);
        if (runIfChanged && skipIfOnly)
        {
            diagnostics.Error(job.LocationOf("skip_if_only_changed"), job.DisplayName, "skip_if_only_changed",
                "run_if_changed and skip_if_only_changed are mutually exclusive");
        }

        if (alwaysRun && (runIfChanged || skipIfOnly))
        {
            var field = runIfChanged ? "run_if_changed" : "skip_if_only_changed";
            diagnostics.Error(job.LocationOf(field), job.DisplayName, field,
                $"always_run and {field} are mutually exclusive");
        }
    }
}
