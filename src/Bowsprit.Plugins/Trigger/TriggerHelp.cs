using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Trigger;

/// <summary>Trigger's entry in deck's plugin help and <c>/plugin-help</c>.</summary>
internal static class TriggerHelp
{
    private const string AnyoneOnTrustedPr = "Anyone can trigger this command on a trusted PR.";

    public static PluginHelp For(PluginsConfig config) => new()
    {
        Description =
            "The trigger plugin starts tests in reaction to commands and pull request events. It makes sure tests run only on " +
            "trusted PRs: a PR is trusted when its author is a member of the repository's organization (or a collaborator, a " +
            "trusted app or a member of the trusted organization the configuration names), or when a trusted user left an " +
            "`/ok-to-test` comment on it. Trigger also starts postsubmit jobs when commits are pushed to a branch.",
        Config = Describe(config),
        Events = ["pull_request", "push", "issue_comment", "pull_request_review", "pull_request_review_comment"],
        Commands =
        [
            new PluginCommand
            {
                Usage = "/ok-to-test", Description = "Marks a PR as trusted and starts its tests.",
                WhoCanUse = "Members of the trusted organization for the repo.", Examples = ["/ok-to-test"],
            },
            new PluginCommand
            {
                Usage = "/ok-to-test cancel", Description = "Revokes a previous /ok-to-test; new commits are no longer tested automatically.",
                WhoCanUse = "Members of the trusted organization for the repo.", Examples = ["/ok-to-test cancel"],
            },
            new PluginCommand
            {
                Usage = "/test (<job name>|all|?)", Featured = true, WhoCanUse = AnyoneOnTrustedPr,
                Description = "Manually starts a test job, or all automatically started jobs with `all`; `/test ?` lists the jobs.",
                Examples = ["/test all", "/test pull-unit-test", "/test ?"],
            },
            new PluginCommand
            {
                Usage = "/retest", Featured = true, WhoCanUse = AnyoneOnTrustedPr, Examples = ["/retest"],
                Description = "Reruns the jobs that failed on the PR's head commit, and starts automatic jobs that have not reported yet.",
            },
            new PluginCommand
            {
                Usage = "/retest-required", WhoCanUse = AnyoneOnTrustedPr, Examples = ["/retest-required"],
                Description = "Like /retest, for required (non-optional) jobs only.",
            },
            new PluginCommand
            {
                Usage = "/test-manual-required", WhoCanUse = AnyoneOnTrustedPr, Examples = ["/test-manual-required"],
                Description = "Starts the required jobs that only ever run when asked for.",
            },
        ],
    };

    private static Dictionary<string, string> Describe(PluginsConfig config)
    {
        var described = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var trigger in config.Triggers ?? [])
        {
            foreach (var scope in trigger.Repos ?? [])
            {
                described.TryAdd(scope, DescribeOne(scope, trigger));
            }
        }

        return described;
    }

    private static string DescribeOne(string scope, TriggerConfig trigger)
    {
        var org = scope.Split('/')[0];
        var parts = new List<string>
        {
            trigger.OnlyOrgMembers
                ? $"Only members of the '{org}' organization are trusted."
                : $"Members of the '{org}' organization and repository collaborators are trusted.",
        };
        if (!string.IsNullOrEmpty(trigger.TrustedOrg))
        {
            parts.Add($"Members of the '{trigger.TrustedOrg}' organization are trusted too.");
        }

        if (trigger.TrustedApps is { Count: > 0 } apps)
        {
            parts.Add($"PRs from these GitHub apps are trusted: {string.Join(", ", apps)}.");
        }

        if (trigger.IgnoreOkToTest)
        {
            parts.Add("`/ok-to-test` is ignored: PRs from untrusted authors are tested only when a trusted user asks with `/test`.");
        }

        if (!string.IsNullOrEmpty(trigger.JoinOrgUrl))
        {
            parts.Add($"Contributors can join the organization at {trigger.JoinOrgUrl}.");
        }

        return string.Join(' ', parts);
    }
}
