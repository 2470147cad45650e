using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Wip;

/// <summary>
/// Keeps <c>do-not-merge/work-in-progress</c> in step with the PR: present while the PR is a draft or its title
/// starts with "WIP", gone otherwise. There is no command; the title and draft flag are the interface.
/// </summary>
public sealed partial class WipPlugin : IPlugin, IPullRequestHandler
{
    public const string Label = "do-not-merge/work-in-progress";

    private static readonly HashSet<string> Actions = new(StringComparer.Ordinal)
    {
        "opened", "reopened", "edited", "synchronize", "ready_for_review", "converted_to_draft",
    };

    public string Name => "wip";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The wip (Work In Progress) plugin applies the '" + Label +
            "' Label to pull requests whose title starts with 'WIP' or are in the 'draft' stage, and removes it from pull requests when they remove the title prefix or become ready for review. The '" +
            Label + "' Label is typically used to block a pull request from merging while it is still in progress.",
        Events = ["pull_request"],
    };

    public async Task HandlePullRequestAsync(PluginContext context, PullRequestEvent pullRequest, CancellationToken ct)
    {
        var pr = pullRequest.PullRequest;
        if (!Actions.Contains(pullRequest.Action) || pr.State != "open")
        {
            return;
        }

        var org = pullRequest.Repository.Owner.Login;
        var repo = pullRequest.Repository.Name;
        var needsLabel = pr.Draft || TitleRegex().IsMatch(pr.Title);

        // The payload's labels may be stale when several events race; the API has the current set.
        var labels = await context.GitHub.GetIssueLabelsAsync(org, repo, pr.Number, ct);
        var hasLabel = labels.Exists(l => string.Equals(l.Name, Label, StringComparison.OrdinalIgnoreCase));
        if (needsLabel && !hasLabel)
        {
            await context.GitHub.AddLabelsAsync(org, repo, pr.Number, [Label], ct);
        }
        else if (!needsLabel && hasLabel)
        {
            await context.GitHub.RemoveLabelAsync(org, repo, pr.Number, Label, ct);
        }
    }

    [GeneratedRegex(@"(?i)^\W?WIP\W", RegexOptions.CultureInvariant)]
    private static partial Regex TitleRegex();
}
