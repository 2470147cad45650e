using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Override;

/// <summary>
/// Who may override: repository admins, members of the repo's <c>allowed_github_teams</c>, and (with
/// <c>allow_top_level_owners</c>) approvers of the root OWNERS file on the PR's base branch.
/// </summary>
internal static class OverrideAuthorizer
{
    public static async Task<bool> IsAuthorizedAsync(PluginContext context, GenericCommentEvent comment, OverrideConfig config, string baseRef, CancellationToken ct)
    {
        var gh = context.GitHub;
        var user = comment.User.Login;
        if (await PermissionAsync(gh, comment, user, ct) == "admin")
        {
            return true;
        }

        foreach (var slug in config.TeamsFor(comment.Org, comment.RepoName))
        {
            if ((await TeamMembersAsync(gh, comment.Org, slug, ct)).Exists(m => string.Equals(m.Login, user, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return config.AllowTopLevelOwners && (await TopLevelOwners.ApproversAsync(gh, comment.Org, comment.RepoName, baseRef, ct)).Contains(user);
    }

    private static async Task<string> PermissionAsync(GitHubClient gh, GenericCommentEvent comment, string user, CancellationToken ct)
    {
        try
        {
            return await gh.GetPermissionLevelAsync(comment.Org, comment.RepoName, user, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return "none";
        }
    }

    /// <summary>A configured team that does not exist (renamed, typo) authorizes nobody rather than failing the command.</summary>
    private static async Task<List<User>> TeamMembersAsync(GitHubClient gh, string org, string slug, CancellationToken ct)
    {
        try
        {
            return await gh.ListTeamMembersAsync(org, slug, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return [];
        }
    }

    public static string Refusal(GenericCommentEvent comment, OverrideConfig config, string command)
    {
        var message = $"{comment.User.Login} unauthorized: {command} is restricted to Repo administrators";
        if (config.AllowTopLevelOwners)
        {
            message += ", approvers in top level OWNERS file";
        }

        var teams = config.TeamsFor(comment.Org, comment.RepoName);
        if (teams.Count > 0)
        {
            message += ", and the following github teams: " + string.Join(", ", teams);
        }

        return message + ".";
    }
}
