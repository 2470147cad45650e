namespace Bowsprit.Core.Plugins;

/// <summary>
/// Names of Prow's built-in plugins. A name outside this list in <c>plugins.yaml</c> is almost always a typo,
/// because external plugins are configured under <c>external_plugins</c> instead.
/// </summary>
public static class KnownPlugins
{
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "approve", "assign", "blockade", "blunderbuss", "branchcleaner", "bugzilla", "buildifier", "cat",
        "cherry-pick-approved", "cherry-pick-unapproved", "cla", "config-updater", "dco", "dog", "golint", "goose",
        "heart", "help", "hold", "invalidcommitmsg", "jira", "label", "lgtm", "lifecycle", "mergecommitblocker",
        "milestone", "milestoneapplier", "milestonestatus", "override", "owners-label", "pony", "project",
        "projectmanager", "release-note", "require-matching-label", "retitle", "shrug", "sigmention", "size", "skip",
        "slackevents", "stage", "testfreeze", "transfer-issue", "trick-or-treat", "trigger", "verify-owners",
        "welcome", "wip", "yuks",
    };
}
