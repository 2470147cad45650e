using Bowsprit.GitHub.Models;

namespace Bowsprit.GitHub.Client;

/// <summary>Users, organizations, membership and teams.</summary>
public sealed partial class GitHubClient
{
    public Task<User> GetAuthenticatedUserAsync(CancellationToken ct) => GetAsync<User>("user", ct);

    public Task<User> GetUserAsync(string login, CancellationToken ct) => GetAsync<User>($"users/{E(login)}", ct);

    public Task<bool> IsOrgMemberAsync(string org, string login, CancellationToken ct) => ProbeAsync($"orgs/{E(org)}/members/{E(login)}", ct);

    public Task<OrgMembership?> GetOrgMembershipAsync(string org, string login, CancellationToken ct) =>
        GetOrNullAsync<OrgMembership>($"orgs/{E(org)}/memberships/{E(login)}", ct);

    public Task<List<User>> ListOrgMembersAsync(string org, CancellationToken ct) => GetAllPagesAsync<User>($"orgs/{E(org)}/members", ct);

    public Task<List<Team>> ListTeamsAsync(string org, CancellationToken ct) => GetAllPagesAsync<Team>($"orgs/{E(org)}/teams", ct);

    public Task<List<User>> ListTeamMembersAsync(string org, string slug, CancellationToken ct) =>
        GetAllPagesAsync<User>($"orgs/{E(org)}/teams/{E(slug)}/members", ct);

    public Task<List<User>> ListTeamMembersByIdAsync(long teamId, CancellationToken ct) => GetAllPagesAsync<User>($"teams/{teamId}/members", ct);
}
