using Bowsprit.GitHub.Client;
using Bowsprit.GitHub.Models;
using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Label;

/// <summary>Answers "may the commenter manage this restricted label?", fetching each team's members once per comment.</summary>
internal sealed class LabelPermissions(PluginContext context, string org, string user)
{
    private readonly Dictionary<string, bool> _teams = new(StringComparer.OrdinalIgnoreCase);
    private bool? _orgMember;

    public async Task<bool> CanManageAsync(RestrictedLabel label, CancellationToken ct)
    {
        if (label.AllowedUsers.Contains(user, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var slug in label.AllowedTeams)
        {
            if (!_teams.TryGetValue(slug, out var member))
            {
                member = (await MembersAsync(slug, ct)).Exists(m => string.Equals(m.Login, user, StringComparison.OrdinalIgnoreCase));
                _teams[slug] = member;
            }

            if (member)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A configured team that does not exist grants nothing instead of failing the whole comment.</summary>
    private async Task<List<User>> MembersAsync(string slug, CancellationToken ct)
    {
        try
        {
            return await context.GitHub.ListTeamMembersAsync(org, slug, ct);
        }
        catch (GitHubApiException e) when (e.IsNotFound)
        {
            return [];
        }
    }

    public async Task<bool> IsOrgMemberAsync(CancellationToken ct) => _orgMember ??= await context.GitHub.IsOrgMemberAsync(org, user, ct);

    public static string Describe(RestrictedLabel label)
    {
        var who = new List<string>();
        if (label.AllowedTeams.Count > 0)
        {
            who.Add("a member of one of these teams: " + string.Join(", ", label.AllowedTeams));
        }

        if (label.AllowedUsers.Count > 0)
        {
            who.Add("one of these users: " + string.Join(", ", label.AllowedUsers));
        }

        return who.Count == 0 ? "nobody may change it" : "must be " + string.Join(" or ", who);
    }
}
