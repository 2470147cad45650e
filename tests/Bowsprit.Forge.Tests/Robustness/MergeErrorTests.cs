using System.Net;
using Bowsprit.Forge.Tests.Support;
using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Robustness;

/// <summary>Merges GitHub refuses, with its status codes and messages; a refused merge changes nothing.</summary>
public sealed class MergeErrorTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Merge_StaleSha_Returns409HeadBranchModified()
    {
        await using var fixture = await ForgeFixture.StartAsync(ct: Token);
        var (org, repo, client) = await RepositoryAsync(fixture, "stale");
        var first = await fixture.CommitAsync(org, repo, "feature", Files("feature.txt", "one\n"), from: "main", ct: Token);
        var pull = await client.CreatePullRequestAsync(org, repo, "Feature", "feature", "main", null, draft: false, Token);
        await fixture.CommitAsync(org, repo, "feature", Files("feature.txt", "two\n"), ct: Token);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.MergePullRequestAsync(org, repo, pull.Number, "merge", first, null, null, Token));

        Assert.Equal((HttpStatusCode.Conflict, "Head branch was modified. Review and try the merge again."), (error.StatusCode, error.Error?.Message));
        Assert.False((await client.GetPullRequestAsync(org, repo, pull.Number, Token)).Merged);
    }

    [Fact]
    public async Task Merge_ConflictingPull_Returns405NotMergeable()
    {
        await using var fixture = await ForgeFixture.StartAsync(ct: Token);
        var (org, repo, client) = await RepositoryAsync(fixture, "conflict");
        var head = await fixture.CommitAsync(org, repo, "feature", Files("README.md", "feature's readme\n"), from: "main", ct: Token);
        var main = await fixture.CommitAsync(org, repo, "main", Files("README.md", "main's readme\n"), ct: Token);
        var pull = await client.CreatePullRequestAsync(org, repo, "Feature", "feature", "main", null, draft: false, Token);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.MergePullRequestAsync(org, repo, pull.Number, "merge", head, null, null, Token));

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "Pull Request is not mergeable"), (error.StatusCode, error.Error?.Message));
        Assert.Equal("open", (await client.GetPullRequestAsync(org, repo, pull.Number, Token)).State);
        Assert.Equal(main, (await client.GetBranchAsync(org, repo, "main", Token)).Commit!.Sha);
    }

    [Fact]
    public async Task Merge_MergedPull_Returns405NotMergeable()
    {
        await using var fixture = await ForgeFixture.StartAsync(ct: Token);
        var (org, repo, client) = await RepositoryAsync(fixture, "merged");
        await fixture.CommitAsync(org, repo, "feature", Files("feature.txt", "one\n"), from: "main", ct: Token);
        var pull = await client.CreatePullRequestAsync(org, repo, "Feature", "feature", "main", null, draft: false, Token);
        await client.MergePullRequestAsync(org, repo, pull.Number, "squash", null, null, null, Token);

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => client.MergePullRequestAsync(org, repo, pull.Number, "merge", null, null, null, Token));

        Assert.Equal((HttpStatusCode.MethodNotAllowed, "Pull Request is not mergeable"), (error.StatusCode, error.Error?.Message));
    }

    private static Dictionary<string, string?> Files(string path, string content) => new() { [path] = content };

    private static async Task<(string Org, string Repo, GitHubClient Client)> RepositoryAsync(ForgeFixture fixture, string what)
    {
        var org = $"merge-{what}-{Guid.NewGuid():N}"[..24];
        await fixture.OrgAsync(org, [], Token);
        var client = fixture.Client();
        await client.CreateOrgRepoAsync(org, "repo", autoInit: true, Token);
        return (org, "repo", client);
    }
}
