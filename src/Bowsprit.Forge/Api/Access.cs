using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Api;

/// <summary>GitHub's permission model reduced to what the forge needs: owners, org roles, teams, collaborators.</summary>
public static class Access
{
    private static readonly string[] Levels = ["none", "read", "triage", "write", "maintain", "admin"];

    /// <summary>The highest of: owner/org admin (admin), collaborator level, team level, public read.</summary>
    public static string Permission(ForgeState state, ForgeRepo repo, string login)
    {
        if (string.Equals(repo.Owner, login, StringComparison.OrdinalIgnoreCase) || state.User(login)?.SiteAdmin == true)
        {
            return "admin";
        }

        var best = repo.Private ? "none" : "read";
        if (state.Orgs.TryGetValue(repo.Owner, out var org))
        {
            if (org.Members.TryGetValue(login, out var role))
            {
                best = Max(best, role == "admin" ? "admin" : Normalize(org.DefaultRepositoryPermission));
            }

            foreach (var team in org.Teams)
            {
                if (team.Members.Contains(login, StringComparer.OrdinalIgnoreCase) && team.Repos.TryGetValue(repo.Name, out var level))
                {
                    best = Max(best, Normalize(level));
                }
            }
        }

        // An App installed on the owner writes to its repositories (the forge grants every installation all repositories).
        if (state.IsInstalledBot(login, repo.Owner))
        {
            best = Max(best, "write");
        }

        if (repo.Collaborators.TryGetValue(login, out var collaborator))
        {
            best = Max(best, Normalize(collaborator));
        }

        return best;
    }

    public static bool CanWrite(ForgeState state, ForgeRepo repo, string login) =>
        Array.IndexOf(Levels, Permission(state, repo, login)) >= Array.IndexOf(Levels, "write");

    public static bool IsOrgMember(ForgeState state, string org, string login) =>
        state.Orgs.TryGetValue(org, out var o) && o.Members.ContainsKey(login);

    public static bool IsCollaborator(ForgeState state, ForgeRepo repo, string login) =>
        string.Equals(repo.Owner, login, StringComparison.OrdinalIgnoreCase) || repo.Collaborators.ContainsKey(login) ||
        (state.Orgs.TryGetValue(repo.Owner, out var org) && (org.Members.TryGetValue(login, out var role) && role == "admin" ||
            org.Teams.Any(t => t.Members.Contains(login, StringComparer.OrdinalIgnoreCase) && t.Repos.ContainsKey(repo.Name))));

    /// <summary>GitHub's <c>author_association</c>.</summary>
    public static string Association(ForgeState state, ForgeRepo repo, string login)
    {
        if (string.Equals(repo.Owner, login, StringComparison.OrdinalIgnoreCase))
        {
            return "OWNER";
        }

        if (IsOrgMember(state, repo.Owner, login))
        {
            return "MEMBER";
        }

        return repo.Collaborators.ContainsKey(login) ? "COLLABORATOR" : "NONE";
    }

    /// <summary>GitHub accepts legacy names (pull, push) next to read/write.</summary>
    public static string Normalize(string level) => level switch
    {
        "pull" => "read",
        "push" => "write",
        "maintain" or "admin" or "triage" or "read" or "write" => level,
        _ => "read",
    };

    private static string Max(string a, string b) => Array.IndexOf(Levels, a) >= Array.IndexOf(Levels, b) ? a : b;
}
