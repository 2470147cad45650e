using System.Text.RegularExpressions;
using Bowsprit.GitHub.Client;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Lifecycle;

/// <summary><c>/reopen</c> on a closed issue or PR, by its author or a collaborator.</summary>
internal static partial class ReopenCommand
{
    public static async Task HandleAsync(PluginContext context, GenericCommentEvent comment, string body, CancellationToken ct)
    {
        if (comment.IssueState != "closed" || !ReopenRegex().IsMatch(body))
        {
            return;
        }

        var gh = context.GitHub;
        var user = comment.User.Login;
        var isAuthor = string.Equals(comment.IssueAuthor.Login, user, StringComparison.OrdinalIgnoreCase);
        if (!isAuthor && !await gh.IsCollaboratorAsync(comment.Org, comment.RepoName, user, ct))
        {
            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number,
                CommentReply.Format(comment, "You can't reopen an issue/PR unless you authored it or you are a collaborator."), ct);
            return;
        }

        if (comment.IsPullRequest)
        {
            try
            {
                await gh.UpdatePullRequestAsync(comment.Org, comment.RepoName, comment.Number, new Dictionary<string, object?> { ["state"] = "open" }, ct);
            }
            catch (GitHubApiException e) when ((int)e.StatusCode == 422)
            {
                // GitHub refuses to reopen e.g. a PR whose branch is gone; tell the user rather than fail silently.
                await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number,
                    CommentReply.Format(comment, "Failed to re-open PR: " + (e.Error?.Message ?? e.Message)), ct);
                return;
            }

            await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, "Reopened this PR."), ct);
            return;
        }

        await gh.UpdateIssueAsync(comment.Org, comment.RepoName, comment.Number, state: "open", ct: ct);
        await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, "Reopened this issue."), ct);
    }

    [GeneratedRegex(@"(?mi)^/reopen\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReopenRegex();
}
