using Bowsprit.GitHub.Client;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Assign;

/// <summary>
/// Requests and withdraws reviews. GitHub rejects a whole request (422) when any login cannot review, so on
/// rejection each login is retried alone to find and report exactly the refused ones.
/// </summary>
internal static class Reviewers
{
    public static async Task ApplyAsync(PluginContext context, GenericCommentEvent comment, IReadOnlyList<string> add, IReadOnlyList<string> remove, CancellationToken ct)
    {
        var gh = context.GitHub;

        // "org/team" asks a team; the client only sends user reviewers, so teams are reported instead of dropped.
        var teams = add.Where(l => l.Contains('/', StringComparison.Ordinal)).ToList();
        var users = add.Except(teams, StringComparer.OrdinalIgnoreCase).ToList();
        var removeUsers = remove.Where(l => !l.Contains('/', StringComparison.Ordinal)).ToList();
        if (removeUsers.Count > 0)
        {
            await gh.UnrequestReviewersAsync(comment.Org, comment.RepoName, comment.Number, removeUsers, ct);
        }

        var refused = users.Count == 0 ? [] : await RequestAsync(gh, comment, users, ct);
        if (refused.Count == 0 && teams.Count == 0)
        {
            return;
        }

        var parts = new List<string>();
        if (refused.Count > 0)
        {
            parts.Add($"GitHub didn't allow me to request PR reviews from the following users: {string.Join(", ", refused)}.\n\n" +
                $"Note that only [{comment.Org} members](https://github.com/orgs/{comment.Org}/people) and repo collaborators can review this PR, and authors cannot review their own PRs.");
        }

        if (teams.Count > 0)
        {
            parts.Add($"I can't request reviews from teams yet: {string.Join(", ", teams)}.");
        }

        await gh.CreateCommentAsync(comment.Org, comment.RepoName, comment.Number, CommentReply.Format(comment, string.Join("\n\n", parts)), ct);
    }

    private static async Task<List<string>> RequestAsync(GitHubClient gh, GenericCommentEvent comment, List<string> users, CancellationToken ct)
    {
        try
        {
            await gh.RequestReviewersAsync(comment.Org, comment.RepoName, comment.Number, users, ct);
            return [];
        }
        catch (GitHubApiException e) when ((int)e.StatusCode == 422)
        {
            if (users.Count == 1)
            {
                return [users[0]];
            }
        }

        var refused = new List<string>();
        foreach (var user in users)
        {
            try
            {
                await gh.RequestReviewersAsync(comment.Org, comment.RepoName, comment.Number, [user], ct);
            }
            catch (GitHubApiException e) when ((int)e.StatusCode == 422)
            {
                refused.Add(user);
            }
        }

        return refused;
    }
}
