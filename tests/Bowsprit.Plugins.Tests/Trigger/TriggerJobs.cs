namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>
/// The job config every trigger test uses. Presubmits cover each selection rule: always_run (required and
/// optional), both changed-files filters, explicit-trigger jobs (required and optional) and a branch filter.
/// </summary>
internal static class TriggerJobs
{
    private const string Spec = "    spec: {containers: [{image: alpine, command: [\"true\"]}]}\n";

    /// <summary>What a PR touching only <c>src/</c> runs on its own.</summary>
    public static readonly string[] AutomaticForSource = ["code", "lint", "unit"];

    public static string Yaml(string repo) =>
        $"presubmits:\n  acme/{repo}:\n" +
        Job("unit", "always_run: true") +
        Job("lint", "always_run: true", "optional: true") +
        Job("docs", "run_if_changed: '^docs/'") +
        Job("code", "skip_if_only_changed: '\\.md$'") +
        Job("integration") +
        Job("perf", "optional: true") +
        Job("release", "always_run: true", "branches: ['^release-']") +
        $"postsubmits:\n  acme/{repo}:\n" +
        Job("deploy") +
        Job("publish-docs", "run_if_changed: '^docs/'") +
        Job("release-build", "branches: ['^release-']") +
        Job("not-on-main", "skip_branches: ['^main$']") +
        Job("manual-only", "always_run: false");

    private static string Job(string name, params string[] fields) =>
        $"  - name: {name}\n" + string.Concat(fields.Select(f => $"    {f}\n")) + Spec;
}
