using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Jobs;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.Regexes;

namespace Bowsprit.Core.Config.Defaulting;

/// <summary>
/// Applies Prow's load-time defaults to every job: presets, agent, cluster, namespace, decoration (from
/// <c>decorate_all_jobs</c> and the plank defaults), context, trigger and rerun command; and compiles branch,
/// file and trigger regexes and periodic schedules. Problems are reported, never thrown.
/// </summary>
internal sealed class JobDefaulter(ProwConfig config, RegexCache regexes, ConfigDiagnostics diagnostics)
{
    private IReadOnlyList<DefaultDecorationConfigEntry> _decorationEntries = [];

    public void Apply()
    {
        _decorationEntries = DecorationEntries();
        var presets = config.Presets ?? [];
        foreach (var job in config.AllPresubmits)
        {
            ApplyBase(job, job.Repository, presets);
            ApplyRepoJob(job);
            ApplyPresubmit(job);
        }

        foreach (var job in config.AllPostsubmits)
        {
            ApplyBase(job, job.Repository, presets);
            ApplyRepoJob(job);
        }

        foreach (var job in config.AllPeriodics)
        {
            var main = job.ExtraRefs is { Count: > 0 } refs ? $"{refs[0].Org}/{refs[0].Repo}" : "";
            ApplyBase(job, main, presets);
            ApplySchedule(job);
        }
    }

    /// <summary>The legacy <c>default_decoration_configs</c> map becomes entries ordered <c>*</c>, orgs, repos.</summary>
    private List<DefaultDecorationConfigEntry> DecorationEntries()
    {
        var plank = config.Plank;
        var entries = plank.DefaultDecorationConfigEntries ?? [];
        if (plank.DefaultDecorationConfigs is not { Count: > 0 } legacy)
        {
            return entries;
        }

        if (entries.Count > 0)
        {
            diagnostics.Error(config.LocationOf("plank"), null, "plank.default_decoration_configs",
                "default_decoration_configs and default_decoration_config_entries are mutually exclusive; use the entries");
            return entries;
        }

        return
        [
            .. legacy.Where(static kv => kv.Key == "*").Select(static kv => Entry("", kv.Value)),
            .. legacy.Where(static kv => kv.Key != "*" && !kv.Key.Contains('/', StringComparison.Ordinal)).OrderBy(static kv => kv.Key, StringComparer.Ordinal).Select(static kv => Entry(kv.Key, kv.Value)),
            .. legacy.Where(static kv => kv.Key.Contains('/', StringComparison.Ordinal)).OrderBy(static kv => kv.Key, StringComparer.Ordinal).Select(static kv => Entry(kv.Key, kv.Value)),
        ];

        static DefaultDecorationConfigEntry Entry(string repo, DecorationConfig config) => new() { Repo = repo, Config = config };
    }

    private void ApplyBase(JobBase job, string orgRepo, IReadOnlyList<Preset> presets)
    {
        foreach (var collision in PresetApplier.Apply(job, presets))
        {
            diagnostics.Error(job.Source, job.DisplayName, "labels", collision);
        }

        if (string.IsNullOrEmpty(job.Agent))
        {
            job.Agent = ProwJobAgents.Kubernetes;
        }

        if (string.IsNullOrEmpty(job.Cluster))
        {
            job.Cluster = ProwConfig.DefaultCluster;
        }

        if (string.IsNullOrEmpty(job.Namespace))
        {
            job.Namespace = config.EffectivePodNamespace;
        }

        if (job.Decorate is null && config.DecorateAllJobs && job.Agent == ProwJobAgents.Kubernetes)
        {
            job.Decorate = true;
        }

        if (job.IsDecorated)
        {
            DecorationConfig? defaults = null;
            foreach (var entry in _decorationEntries)
            {
                if (entry.Matches(orgRepo, job.Cluster))
                {
                    defaults = DecorationConfigMerger.Overlay(entry.Config, defaults);
                }
            }

            job.DecorationConfig = DecorationConfigMerger.Overlay(job.DecorationConfig, defaults);
        }

        ProwJobDefault? jobDefaults = null;
        foreach (var entry in config.ProwJobDefaultEntries ?? [])
        {
            if (entry.Matches(orgRepo, job.Cluster) && entry.Config is not null)
            {
                jobDefaults = Overlay(entry.Config, jobDefaults);
            }
        }

        job.ProwJobDefaults = Overlay(job.ProwJobDefaults, jobDefaults);
    }

    private static ProwJobDefault? Overlay(ProwJobDefault? specific, ProwJobDefault? defaults)
    {
        if (specific is null || defaults is null)
        {
            return specific ?? defaults;
        }

        return new ProwJobDefault
        {
            TenantId = string.IsNullOrEmpty(specific.TenantId) ? defaults.TenantId : specific.TenantId,
            ResultStoreConfig = specific.ResultStoreConfig ?? defaults.ResultStoreConfig,
        };
    }

    private void ApplyRepoJob(RepoJob job)
    {
        if (string.IsNullOrEmpty(job.Context))
        {
            job.Context = job.Name;
        }

        try
        {
            job.Brancher = Brancher.Create(job.Branches, job.SkipBranches, regexes);
        }
        catch (FormatException e)
        {
            var field = job.Branches is { Count: > 0 } ? "branches" : "skip_branches";
            diagnostics.Error(job.LocationOf(field), job.DisplayName, field, $"invalid regex: {e.Message}");
        }

        try
        {
            job.ChangeMatcher = ChangeMatcher.Create(job.RunIfChanged, job.SkipIfOnlyChanged, regexes);
        }
        catch (FormatException e)
        {
            var field = string.IsNullOrEmpty(job.RunIfChanged) ? "skip_if_only_changed" : "run_if_changed";
            diagnostics.Error(job.LocationOf(field), job.DisplayName, field, $"invalid regex: {e.Message}");
        }
    }

    private void ApplyPresubmit(Presubmit job)
    {
        if (string.IsNullOrEmpty(job.Trigger) && string.IsNullOrEmpty(job.RerunCommand))
        {
            // Prow does not escape the name here; names are [A-Za-z0-9-._], so only '.' widens the match.
            var trigger = $@"(?m)^/test( | .* ){job.Name},?($|\s.*)";
            job.Trigger = trigger;
            job.RerunCommand = $"/test {job.Name}";
            job.UsesDefaultTrigger = true;
            job.SetTriggerRegex(new Lazy<System.Text.RegularExpressions.Regex>(() => regexes.Prepare(trigger).Value));
            return;
        }

        if (string.IsNullOrEmpty(job.Trigger))
        {
            return;
        }

        try
        {
            job.SetTriggerRegex(regexes.Prepare(job.Trigger));
        }
        catch (FormatException e)
        {
            diagnostics.Error(job.LocationOf("trigger"), job.DisplayName, "trigger", $"invalid regex: {e.Message}");
        }
    }

    private void ApplySchedule(Periodic job)
    {
        var set = (string.IsNullOrEmpty(job.Cron) ? 0 : 1) + (string.IsNullOrEmpty(job.Interval) ? 0 : 1) + (string.IsNullOrEmpty(job.MinimumInterval) ? 0 : 1);
        if (set != 1)
        {
            diagnostics.Error(job.Source, job.DisplayName, "cron",
                set == 0 ? "a periodic needs one of cron, interval or minimum_interval"
                         : "cron, interval and minimum_interval are mutually exclusive; set exactly one");
            return;
        }

        var (field, build) = !string.IsNullOrEmpty(job.Cron) ? ("cron", (Func<PeriodicSchedule>)(() => PeriodicSchedule.ForCron(job.Cron)))
            : !string.IsNullOrEmpty(job.Interval) ? ("interval", () => PeriodicSchedule.ForInterval(job.Interval))
            : ("minimum_interval", () => PeriodicSchedule.ForMinimumInterval(job.MinimumInterval!));
        try
        {
            job.Schedule = build();
        }
        catch (FormatException e)
        {
            diagnostics.Error(job.LocationOf(field), job.DisplayName, field, e.Message);
        }
    }
}
