using System.Text.RegularExpressions;
using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Retitle;

/// <summary>
/// <c>/retitle New title</c> renames an issue or PR. Only trusted users (as trigger defines them) may, because a
/// title is what reviewers and the merge commit see; closed ones only with <c>allow_closed_issues</c>.
/// </summary>
public sealed partial class RetitlePlugin : IPlugin, IGenericCommentHandler
{
    public string Name => "retitle";

    public PluginHelp Help(PluginsConfig config) => new()
    {
        Description = "The retitle plugin allows users to re-title pull requests and issues where GitHub permissions don't allow them to.",
        Config = new Dictionary<string, string>
        {
            [""] = RetitleConfig.From(config.Retitle).AllowClosedIssues ? "Closed issues and PRs can be retitled." : "Only open issues and PRs can be retitled.",
        },
        Commands =
        [
            new PluginCommand
            {
                Usage = "/retitle <title>",
                Description = "Edits the pull request or issue title.",
                Featured = true,
                WhoCanUse = "Collaborators on the repository.",
                Examples = ["/retitle New Title"],
            },
        ],
    };

    public async Task HandleGenericCommentAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        if (comment.Action != "created")
        {
            return;
        }

        var match = RetitleRegex().Match(CommentCommands.StripCodeBlocks(comment.Body).ReplaceLineEndings("\n"));
        if (!match.Success)
        {
            return;
        }

        var gh = context.GitHub;
        if (comment.IssueState != "open" && !RetitleConfig.From(context.Plugins.Retitle).AllowClosedIssues)
        {
            await ReplyAsync(context, comment, "Re-titling can only be requested on open issues and PRs.", ct);
            return;
        }

        var title = match.Groups[1].Value.Trim();
        if (title.Length == 0)
        {
            await ReplyAsync(context, comment, "Titles may not be empty.", ct);
            return;
        }

        // The regex stops at a line end, but a lone carriage return would still smuggle a line break into the title.
        if (title.Contains('\r', StringComparison.Ordinal) || title.Contains('\n', StringComparison.Ordinal))
        {
            await ReplyAsync(context, comment, "Titles may not contain line breaks.", ct);
            return;
        }

        if (!await TrustedUsers.IsTrustedAsync(context, comment.Org, comment.RepoName, comment.User.Login, ct))
        {
            await ReplyAsync(context, comment, "Re-titling can only be requested by trusted users, like repository collaborators.", ct);
            return;
        }

        if (comment.IsPullRequest)
        {
            await gh.UpdatePullRequestAsync(comment.Org, comment.RepoName, comment.Number, new Dictionary<string, object?> { ["title"] = title }, ct);
        }
        else
        {
            await gh.UpdateIssueAsync(comment.Org, comment.RepoName, comment.Number, title: title, ct: ct);
        }
    }

    private static async Task ReplyAsync(PluginContext context, GenericCommentEvent comment, string message, CancellationToken ct) =>
        await context.GitHub.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, message), ct);

    [GeneratedRegex(@"(?mi)^/retitle\s*(.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RetitleRegex();
}
