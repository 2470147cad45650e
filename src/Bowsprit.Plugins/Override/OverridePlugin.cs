using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// <c>/override ctx…</c> marks failing or pending status contexts of an open PR successful, for the rare case a
/// required check cannot pass for reasons unrelated to the change. <c>/override-sticky</c> also survives base
/// branch moves (<c>[prow:skip-retest]</c>); <c>/override-cancel [ctx…]</c> undoes overrides. Restricted to repo
/// admins, configured teams and (optionally) root OWNERS approvers.
/// </summary>
public sealed partial class OverridePlugin : IPlugin, IGenericCommentHandler
{
    public const string OverriddenBy = "Overridden by ";
    public const string SkipRetest = "[prow:skip-retest]";

    public string Name => "override";

    public PluginHelp Help(PluginsConfig config)
    {
        var c = OverrideConfig.From(config.Override);
        var who = "Repo administrators" + (c.AllowTopLevelOwners ? ", approvers in top level OWNERS file" : "") +
                  (c.AllowedGitHubTeams.Count > 0 ? ", and the teams listed under `override.allowed_github_teams` for the repo" : "") + ".";
        return new PluginHelp
        {
            Description = "The override plugin allows repo admins to force a github status context to pass",
            Commands =
            [
                new PluginCommand
                {
                    Usage = "/override [context] | /override \"context with spaces\"",
                    Description = "Forces a github status context (or the context of the named prowjob) to green (one per line).",
                    Featured = false,
                    WhoCanUse = who,
                    Examples = ["/override pull-repo-whatever", "/override ci/circleci", "/override deleted-job", "/override \"test / Unit Tests\""],
                },
                new PluginCommand
                {
                    Usage = "/override-sticky [context]",
                    Description = "Like /override, but the override stays valid when the base branch moves ([prow:skip-retest]).",
                    WhoCanUse = who,
                    Examples = ["/override-sticky pull-repo-flaky"],
                },
                new PluginCommand
                {
                    Usage = "/override-cancel [context]",
                    Description = "Fails overridden contexts again (all of them when none is named), so they must pass or be retested.",
                    WhoCanUse = who,
                    Examples = ["/override-cancel", "/override-cancel pull-repo-whatever"],
                },
            ],
        };
    }

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        if (!comment.IsPullRequest || comment.IssueState != "open" || comment.Action != "created")
        {
            return;
        }

        var body = CommentCommands.StripCodeBlocks(comment.Body).ReplaceLineEndings("\n");
        var requests = new List<(string Context, bool Sticky)>();
        requests.AddRange(OverrideRegex().Matches(body).SelectMany(m => ContextArguments.Parse(m.Groups[1].Value)).Select(c => (c, false)));
        requests.AddRange(StickyRegex().Matches(body).SelectMany(m => ContextArguments.Parse(m.Groups[1].Value)).Select(c => (c, true)));
        var cancels = CancelRegex().Matches(body);
        if (requests.Count == 0 && cancels.Count == 0)
        {
            return;
        }

        var config = OverrideConfig.From(context.Plugins.Override);
        var pr = await context.GitHub.GetPullRequestAsync(comment.Org, comment.RepoName, comment.Number, ct);
        if (!await OverrideAuthorizer.IsAuthorizedAsync(context, comment, config, pr.Base.Ref, ct))
        {
            var command = requests.Count > 0 ? "/override" : "/override-cancel";
            await context.GitHub.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, OverrideAuthorizer.Refusal(comment, config, command)), ct);
            return;
        }

        if (cancels.Count > 0)
        {
            var contexts = cancels.SelectMany(m => ContextArguments.Parse(m.Groups[1].Value)).ToList();
            await OverrideCancelCommand.HandleAsync(context, comment, pr, contexts, ct);
        }

        if (requests.Count > 0)
        {
            await OverrideCommand.HandleAsync(context, comment, pr, requests, ct);
        }
    }

    [GeneratedRegex(@"(?mi)^/override( +.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OverrideRegex();

    [GeneratedRegex(@"(?mi)^/override-sticky( +.+?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex StickyRegex();

    [GeneratedRegex(@"(?mi)^/override-cancel( +.+?)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CancelRegex();
}
