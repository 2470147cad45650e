using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Client;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Help;

/// <summary>
/// Marks open issues as wanting outside help: <c>/help</c> adds <c>help wanted</c>, <c>/good-first-issue</c> adds
/// <c>good first issue</c> (and <c>help wanted</c>), each with a comment listing what such an issue should explain.
/// The <c>/remove-…</c> forms take the labels off and delete the bot's matching comment.
/// </summary>
public sealed partial class HelpPlugin : IPlugin, IGenericCommentHandler
{
    public const string HelpWantedLabel = "help wanted";
    public const string GoodFirstIssueLabel = "good first issue";

    public string Name => "help";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The help plugin provides commands that add or remove the '" + HelpWantedLabel + "' and the '" + GoodFirstIssueLabel +
            "' labels from issues.",
        Config = new Dictionary<string, string> { [""] = "The guidelines linked from the bot's comment are at " + HelpConfig.From(config.Help).GuidelinesUrl + "." },
        Commands =
        [
            new PluginCommand
            {
                Usage = "/[remove-](help|good-first-issue)",
                Description = "Applies or removes the '" + HelpWantedLabel + "' and '" + GoodFirstIssueLabel + "' labels to an issue.",
                WhoCanUse = "Anyone can trigger this command on an open issue.",
                Examples = ["/help", "/remove-help", "/good-first-issue", "/remove-good-first-issue"],
            },
        ],
    };

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        // Only open issues: a PR is the help, not a request for it.
        if (comment.IsPullRequest || comment.IssueState != "open" || comment.Action != "created")
        {
            return;
        }

        var body = CommentCommands.StripCodeBlocks(comment.Body).ReplaceLineEndings("\n");
        var help = HelpRegex().IsMatch(body);
        var removeHelp = RemoveHelpRegex().IsMatch(body);
        var goodFirst = GoodFirstIssueRegex().IsMatch(body);
        var removeGoodFirst = RemoveGoodFirstIssueRegex().IsMatch(body);
        if (!help && !removeHelp && !goodFirst && !removeGoodFirst)
        {
            return;
        }

        var gh = context.GitHub;
        var config = HelpConfig.From(context.Plugins.Help);
        var labels = (await gh.GetIssueLabelsAsync(comment.Org, comment.RepoName, comment.Number, ct)).Select(l => l.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hasHelp = labels.Contains(HelpWantedLabel);
        var hasGoodFirst = labels.Contains(GoodFirstIssueLabel);

        // Removing "help wanted" removes "good first issue" too: a good first issue is by definition one wanting help.
        if (removeHelp && hasHelp)
        {
            await gh.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, HelpWantedLabel, ct);
            await PruneAsync(context, comment, HelpMessages.HelpMarker, ct);
            if (hasGoodFirst)
            {
                await gh.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, GoodFirstIssueLabel, ct);
                await PruneAsync(context, comment, HelpMessages.GoodFirstIssueMarker, ct);
            }

            return;
        }

        if (removeGoodFirst && hasGoodFirst)
        {
            await gh.RemoveLabelAsync(comment.Org, comment.RepoName, comment.Number, GoodFirstIssueLabel, ct);
            await PruneAsync(context, comment, HelpMessages.GoodFirstIssueMarker, ct);
            return;
        }

        if (goodFirst && !hasGoodFirst)
        {
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, HelpMessages.GoodFirstIssue(config)), ct);
            await gh.AddLabelsAsync(comment.Org, comment.RepoName, comment.Number, hasHelp ? [GoodFirstIssueLabel] : [GoodFirstIssueLabel, HelpWantedLabel], ct);
            return;
        }

        if (help && !hasHelp)
        {
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, HelpMessages.Help(config)), ct);
            await gh.AddLabelsAsync(comment.Org, comment.RepoName, comment.Number, [HelpWantedLabel], ct);
        }
    }

    /// <summary>Deletes the bot's earlier guideline comments so a removed label leaves no stale advice behind.</summary>
    private static async Task PruneAsync(PluginContext context, GenericCommentEvent comment, string marker, CancellationToken ct)
    {
        var comments = await context.GitHub.ListIssueCommentsAsync(comment.Org, comment.RepoName, comment.Number, ct);
        foreach (var old in comments.Where(c => string.Equals(c.User.Login, context.BotLogin, StringComparison.OrdinalIgnoreCase) && c.Body.Contains(marker, StringComparison.Ordinal)))
        {
            try
            {
                await context.GitHub.DeleteCommentAsync(comment.Org, comment.RepoName, old.Id, ct);
            }
            catch (GitHubApiException e) when (e.IsNotFound)
            {
                // Already gone (deleted by a person or a concurrent event): the goal is reached.
            }
        }
    }

    [GeneratedRegex(@"(?mi)^/help\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HelpRegex();

    [GeneratedRegex(@"(?mi)^/remove-help\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemoveHelpRegex();

    [GeneratedRegex(@"(?mi)^/good-first-issue\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex GoodFirstIssueRegex();

    [GeneratedRegex(@"(?mi)^/remove-good-first-issue\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex RemoveGoodFirstIssueRegex();
}
