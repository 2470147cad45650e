using System.Text.RegularExpressions;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Lifecycle;

/// <summary>
/// <c>/close</c>: the author and collaborators may close; anyone may close an issue or PR already marked stale or
/// rotten, since those are waiting to be closed anyway. A reply leaves an audit trail of who asked.
/// </summary>
internal static partial class CloseCommand
{
    public static async Task HandleAsync(PluginContext context, GenericCommentEvent comment, string body, CancellationToken ct)
    {
        var match = CloseRegex().Match(body);
        if (!match.Success || comment.IssueState != "open")
        {
            return;
        }

        var gh = context.GitHub;
        var user = comment.User.Login;
        var isAuthor = string.Equals(comment.IssueAuthor.Login, user, StringComparison.OrdinalIgnoreCase);
        if (!isAuthor && !await gh.IsCollaboratorAsync(comment.Org, comment.RepoName, user, ct) && await IsActiveAsync(context, comment, ct))
        {
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number,
                CommentReply.Format(comment, "You can't close an active issue/PR unless you authored it or you are a collaborator."), ct);
            return;
        }

        if (comment.IsPullRequest)
        {
            await gh.UpdatePullRequestAsync(comment.Org, comment.RepoName, comment.Number, new Dictionary<string, object?> { ["state"] = "closed" }, ct);
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, "Closed this PR."), ct);
            return;
        }

        // The client cannot send state_reason yet, so "not planned" closes the issue the ordinary way and says so.
        var notPlanned = match.Groups[1].Success;
        await gh.UpdateIssueAsync(comment.Org, comment.RepoName, comment.Number, state: "closed", ct: ct);
        var response = notPlanned ? "Closing this issue, marking it as \"Not Planned\"." : "Closing this issue.";
        await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, response), ct);
    }

    private static async Task<bool> IsActiveAsync(PluginContext context, GenericCommentEvent comment, CancellationToken ct)
    {
        var labels = await context.GitHub.GetIssueLabelsAsync(comment.Org, comment.RepoName, comment.Number, ct);
        return !labels.Exists(l => string.Equals(l.Name, LifecycleLabels.Stale, StringComparison.OrdinalIgnoreCase) ||
                                   string.Equals(l.Name, LifecycleLabels.Rotten, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"(?mi)^/close(\s+not-planned)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CloseRegex();
}
