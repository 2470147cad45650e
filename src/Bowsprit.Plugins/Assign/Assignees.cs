using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Assign;

/// <summary>Adds and removes assignees. GitHub silently drops logins it will not assign, so the result is compared with the request.</summary>
internal static class Assignees
{
    public static async Task ApplyAsync(PluginContext context, GenericCommentEvent comment, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken ct)
    {
        var gh = context.GitHub;
        if (remove.Count > 0)
        {
            await gh.RemoveAssigneesAsync(comment.Org, comment.RepoName, comment.Number, remove, ct);
        }

        if (add.Count == 0)
        {
            return;
        }

        var issue = await gh.AddAssigneesAsync(comment.Org, comment.RepoName, comment.Number, add, ct);
        var missing = add.Where(l => !issue.Assignees.Exists(a => string.Equals(a.Login, l, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var message =
            $"GitHub didn't allow me to assign the following users: {string.Join(", ", missing)}.\n\n" +
            $"Note that only [{comment.Org} members](https://github.com/orgs/{comment.Org}/people) with read permissions, repo collaborators and people who have commented on this issue/PR can be assigned. " +
            "Additionally, issues/PRs can only have 10 assignees at the same time.";
        await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, message), ct);
    }
}
