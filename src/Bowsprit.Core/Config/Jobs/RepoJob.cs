using System.Text.Json.Serialization;

namespace Bowsprit.Core.Config.Jobs;

/// <summary>
/// Presubmits and postsubmits: jobs bound to a repository, filtered by branch and by changed files, reporting
/// to a GitHub context (Prow's inlined Brancher, RegexpChangeMatcher and Reporter).
/// </summary>
public abstract class RepoJob : JobBase
{
    [JsonPropertyName("branches")] public List<string>? Branches { get; set; }
    [JsonPropertyName("skip_branches")] public List<string>? SkipBranches { get; set; }
    [JsonPropertyName("run_if_changed")] public string? RunIfChanged { get; set; }
    [JsonPropertyName("skip_if_only_changed")] public string? SkipIfOnlyChanged { get; set; }
    [JsonPropertyName("context")] public string? Context { get; set; }
    [JsonPropertyName("skip_report")] public bool SkipReport { get; set; }
    [JsonPropertyName("jenkins_spec")] public Api.JenkinsSpec? JenkinsSpec { get; set; }

    /// <summary>The compiled branch filter, set by the loader.</summary>
    [JsonIgnore] public Brancher Brancher { get; set; } = Brancher.All;

    /// <summary>The compiled changed-files filter, set by the loader.</summary>
    [JsonIgnore] public ChangeMatcher ChangeMatcher { get; set; } = ChangeMatcher.None;

    /// <summary><c>org/repo</c> this job belongs to (the key it was listed under).</summary>
    [JsonIgnore] public string Repository { get; set; } = "";

    [JsonIgnore] public override string DisplayName => $"{base.DisplayName} ({Repository})";

    public bool CouldRun(string branch) => Brancher.ShouldRun(branch);
}
