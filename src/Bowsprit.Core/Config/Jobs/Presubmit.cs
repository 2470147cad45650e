using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Bowsprit.Core.Api;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>A job run on pull requests.</summary>
public sealed class Presubmit : RepoJob
{
    [JsonPropertyName("always_run")] public bool AlwaysRun { get; set; }
    [JsonPropertyName("optional")] public bool Optional { get; set; }
    [JsonPropertyName("trigger")] public string? Trigger { get; set; }
    [JsonPropertyName("rerun_command")] public string? RerunCommand { get; set; }
    [JsonPropertyName("run_before_merge")] public bool RunBeforeMerge { get; set; }

    [JsonIgnore] public override ProwJobType Type => ProwJobType.Presubmit;

    private Lazy<Regex>? _triggerRegex;

    /// <summary>The compiled <see cref="Trigger"/>; the default trigger is compiled on first use.</summary>
    [JsonIgnore] public Regex? TriggerRegex => _triggerRegex?.Value;

    /// <summary>Prow's ContextRequired: a failing status of this job blocks merging.</summary>
    [JsonIgnore] public bool ContextRequired => !Optional && !SkipReport;

    /// <summary>Runs only when asked for by name: not always_run and no changed-files filter.</summary>
    [JsonIgnore] public bool NeedsExplicitTrigger => !AlwaysRun && !ChangeMatcher.IsSet;

    public bool TriggerMatches(string body) => TriggerRegex?.IsMatch(body) == true;

    /// <summary>Set by the loader: most jobs use the generated default trigger, which is valid by construction,
    /// so compiling thousands of them up front would only slow loading down.</summary>
    internal void SetTriggerRegex(Lazy<Regex> regex) => _triggerRegex = regex;

    /// <summary>True when the loader generated trigger and rerun command from the name.</summary>
    [JsonIgnore] public bool UsesDefaultTrigger { get; internal set; }
}
