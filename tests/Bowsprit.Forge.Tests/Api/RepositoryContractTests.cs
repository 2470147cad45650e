using System.Text;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Api;

public sealed class RepositoryContractTests : ContractTestBase
{
    [Fact]
    public async Task UsersOrgsTeamsAndCollaborators_AnswerLikeGitHub()
    {
        await Forge.UserAsync("carol", ct: Ct);
        await Forge.AdminAsync(HttpMethod.Post, $"orgs/{Org}/teams", new { name = "Maintainers", members = new[] { "alice" }, repos = new Dictionary<string, string> { [Repo] = "admin" } }, Ct);
        await Alice.AddCollaboratorAsync(Org, Repo, "carol", "read", Ct);

        Assert.Equal("alice", (await Alice.GetAuthenticatedUserAsync(Ct)).Login);
        Assert.Equal("User", (await Bob.GetUserAsync("carol", Ct)).Type);
        Assert.True(await Bob.IsOrgMemberAsync(Org, "alice", Ct));
        Assert.False(await Bob.IsOrgMemberAsync(Org, "carol", Ct));
        Assert.Equal("member", (await Bob.GetOrgMembershipAsync(Org, "bob", Ct))!.Role);
        Assert.Null(await Bob.GetOrgMembershipAsync(Org, "carol", Ct));
        Assert.Equal(["alice", "bob"], (await Bob.ListOrgMembersAsync(Org, Ct)).Select(u => u.Login));
        var team = Assert.Single(await Bob.ListTeamsAsync(Org, Ct));
        Assert.Equal("maintainers", team.Slug);
        Assert.Equal(["alice"], (await Bob.ListTeamMembersAsync(Org, "maintainers", Ct)).Select(u => u.Login));
        Assert.Equal(["alice"], (await Bob.ListTeamMembersByIdAsync(team.Id, Ct)).Select(u => u.Login));
        Assert.Equal("admin", await Bob.GetPermissionLevelAsync(Org, Repo, "alice", Ct));
        Assert.Equal("write", await Bob.GetPermissionLevelAsync(Org, Repo, "bob", Ct));
        Assert.Equal("read", await Bob.GetPermissionLevelAsync(Org, Repo, "carol", Ct));
        Assert.True(await Bob.IsCollaboratorAsync(Org, Repo, "carol", Ct));
        Assert.Contains(await Bob.ListCollaboratorsAsync(Org, Repo, Ct), u => u.Login == "carol");
    }

    [Fact]
    public async Task RepositoryBranchesAndContents_ReflectCommits()
    {
        await Forge.CommitAsync(Org, Repo, "main", new Dictionary<string, string?> { ["OWNERS"] = "approvers:\n- alice\n", [".prow/jobs.yaml"] = "presubmits: []\n" }, ct: Ct);
        await Forge.CommitAsync(Org, Repo, "dev", new Dictionary<string, string?> { ["dev.txt"] = "d" }, from: "main", ct: Ct);

        var repo = await Bob.GetRepositoryAsync(Org, Repo, Ct);
        var branches = await Bob.ListBranchesAsync(Org, Repo, onlyProtected: false, Ct);
        var owners = await Bob.GetFileAsync(Org, Repo, "OWNERS", null, Ct);
        var devOnly = await Bob.GetFileAsync(Org, Repo, "dev.txt", "main", Ct);
        var dir = await Bob.ListDirectoryAsync(Org, Repo, ".prow", "main", Ct);
        var branch = await Bob.GetBranchAsync(Org, Repo, "dev", Ct);

        Assert.Equal($"{Org}/{Repo}", repo.FullName);
        Assert.Equal("main", repo.DefaultBranch);
        Assert.Equal($"{Forge.BaseUrl}/{Org}/{Repo}.git", repo.CloneUrl);
        Assert.Equal(["dev", "main"], branches.Select(b => b.Name));
        Assert.Equal("approvers:\n- alice\n", Encoding.UTF8.GetString(owners!));
        Assert.Null(devOnly);
        Assert.Equal("jobs.yaml", Assert.Single(dir).Name);
        Assert.Equal(await Bob.GetRefAsync(Org, Repo, "heads/dev", Ct), branch.Commit.Sha);
        Assert.Contains(await Bob.ListOrgReposAsync(Org, Ct), r => r.Name == Repo);
    }

    [Fact]
    public async Task Statuses_CombinedStateAndCheckRuns_FollowGitHubRules()
    {
        var sha = await Bob.GetRefAsync(Org, Repo, "heads/main", Ct);

        await Bob.CreateStatusAsync(Org, Repo, sha, "pending", "unit", "running", "https://ci/1", Ct);
        await Bob.CreateStatusAsync(Org, Repo, sha, "success", "unit", "passed", "https://ci/1", Ct);
        await Bob.CreateStatusAsync(Org, Repo, sha, "failure", "lint", "failed", null, Ct);
        var combined = await Bob.GetCombinedStatusAsync(Org, Repo, "main", Ct);
        var all = await Bob.ListStatusesAsync(Org, Repo, sha, Ct);
        var unknown = await Assert.ThrowsAsync<GitHubApiException>(() => Bob.CreateStatusAsync(Org, Repo, new string('f', 40), "success", "x", null, null, Ct));
        var badState = await Assert.ThrowsAsync<GitHubApiException>(() => Bob.CreateStatusAsync(Org, Repo, sha, "done", "x", null, null, Ct));
        var checks = await Bob.ListCheckRunsAsync(Org, Repo, sha, Ct);

        Assert.Equal("failure", combined.State);
        Assert.Equal(2, combined.TotalCount);
        Assert.Equal("success", combined.Statuses.Single(s => s.Context == "unit").State);
        Assert.Equal(3, all.Count);
        Assert.Equal(422, (int)unknown.StatusCode);
        Assert.Equal(422, (int)badState.StatusCode);
        Assert.Equal(0, checks.TotalCount);
    }

    [Fact]
    public async Task Requests_PaginateWithLinksAndRevalidateWithEtags()
    {
        var issue = await Alice.CreateIssueAsync(Org, Repo, "Many comments", null, null, Ct);
        for (var i = 0; i < 105; i++)
        {
            await Bob.CreateCommentAsync(Org, Repo, issue.Number, $"comment {i}", Ct);
        }

        var all = await Alice.ListIssueCommentsAsync(Org, Repo, issue.Number, Ct);
        var before = Alice.LastRateLimit!.Remaining;
        var again = await Alice.ListIssueCommentsAsync(Org, Repo, issue.Number, Ct);
        var after = Alice.LastRateLimit!.Remaining;

        Assert.Equal(105, all.Count);
        Assert.Equal("comment 104", all[^1].Body);
        Assert.Equal(105, again.Count);
        Assert.Equal(before, after);
        Assert.True(before < 5000);
    }

    [Fact]
    public async Task Forge_Restart_KeepsUsersReposIssuesAndGit()
    {
        var issue = await Alice.CreateIssueAsync(Org, Repo, "Survives", null, ["bug"], Ct);
        var sha = await Forge.CommitAsync(Org, Repo, "main", new Dictionary<string, string?> { ["kept.txt"] = "k" }, ct: Ct);

        await Forge.RestartAsync(Ct);
        var client = Forge.Client(AliceToken);

        Assert.Equal("Survives", (await client.GetIssueAsync(Org, Repo, issue.Number, Ct)).Title);
        Assert.Equal(sha, await client.GetRefAsync(Org, Repo, "heads/main", Ct));
        Assert.Equal("alice", (await client.GetAuthenticatedUserAsync(Ct)).Login);
        var next = await client.CreateIssueAsync(Org, Repo, "Numbering continues", null, null, Ct);
        Assert.Equal(issue.Number + 1, next.Number);
    }

    [Fact]
    public async Task GraphQL_TideSearch_PagesThroughPulls()
    {
        for (var i = 0; i < 3; i++)
        {
            await OpenPullAsync($"g{i}", new Dictionary<string, string?> { [$"g{i}"] = "1" }, $"Graph {i}");
        }

        const string Query = """
            query($query: String!, $cursor: String) {
              search(type: ISSUE, first: 2, after: $cursor, query: $query) {
                issueCount
                pageInfo { hasNextPage endCursor }
                nodes { ... on PullRequest { number author { login } baseRef { name prefix } headRefName headRefOid mergeable isDraft
                  labels(first: 100) { nodes { name } } commits(last: 1) { nodes { commit { oid status { contexts { context state } } } } } } }
              }
              rateLimit { cost remaining }
            }
            """;
        var variables = new Dictionary<string, object?> { ["query"] = $"is:pr state:open repo:\"{Org}/{Repo}\"", ["cursor"] = null };

        var first = await Alice.QueryAsync(Query, variables, Ct);
        variables["cursor"] = first.GetProperty("search").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await Alice.QueryAsync(Query, variables, Ct);

        Assert.Equal(3, first.GetProperty("search").GetProperty("issueCount").GetInt32());
        Assert.True(first.GetProperty("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(2, first.GetProperty("search").GetProperty("nodes").GetArrayLength());
        Assert.False(second.GetProperty("search").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var node = second.GetProperty("search").GetProperty("nodes")[0];
        Assert.Equal("alice", node.GetProperty("author").GetProperty("login").GetString());
        Assert.Equal("MERGEABLE", node.GetProperty("mergeable").GetString());
        Assert.Equal(node.GetProperty("headRefOid").GetString(), node.GetProperty("commits").GetProperty("nodes")[0].GetProperty("commit").GetProperty("oid").GetString());
        Assert.Equal(1, first.GetProperty("rateLimit").GetProperty("cost").GetInt32());
        await Assert.ThrowsAsync<GitHubApiException>(() => Alice.QueryAsync("{ search { nope } }", null, Ct));
    }
}
