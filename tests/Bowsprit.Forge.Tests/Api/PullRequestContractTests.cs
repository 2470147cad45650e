using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Api;

public sealed class PullRequestContractTests : ContractTestBase
{
    [Fact]
    public async Task CreatePullRequest_NewBranch_HasHeadBaseFilesAndCommits()
    {
        var pr = await OpenPullAsync("feature", new Dictionary<string, string?> { ["src/a.go"] = "package a\n", ["README.md"] = null });

        var fetched = await Bob.GetPullRequestAsync(Org, Repo, pr.Number, Ct);
        var files = await Bob.GetPullRequestFilesAsync(Org, Repo, pr.Number, Ct);
        var commits = await Bob.ListPullRequestCommitsAsync(Org, Repo, pr.Number, Ct);
        var baseSha = await Bob.GetRefAsync(Org, Repo, "heads/main", Ct);

        Assert.Equal("open", fetched.State);
        Assert.Equal("feature", fetched.Head.Ref);
        Assert.Equal("main", fetched.Base.Ref);
        Assert.Equal(baseSha, fetched.Base.Sha);
        Assert.True(fetched.Mergeable);
        Assert.Equal("alice", fetched.User.Login);
        Assert.Equal("MEMBER", fetched.AuthorAssociation);
        Assert.Equal(["README.md:removed", "src/a.go:added"], files.Select(f => $"{f.Filename}:{f.Status}").Order(StringComparer.Ordinal));
        Assert.Equal(1, files.Single(f => f.Filename == "src/a.go").Additions);
        Assert.Equal(fetched.Head.Sha, Assert.Single(commits).Sha);
        Assert.Equal(2, fetched.ChangedFiles);
    }

    [Fact]
    public async Task CreatePullRequest_Duplicate_Is422()
    {
        await OpenPullAsync("dup", new Dictionary<string, string?> { ["x"] = "1" });

        var error = await Assert.ThrowsAsync<GitHubApiException>(() => Alice.CreatePullRequestAsync(Org, Repo, "again", "dup", "main", null, false, Ct));

        Assert.Equal(422, (int)error.StatusCode);
        Assert.Contains("A pull request already exists", error.Error!.Errors![0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("merge", 2)]
    [InlineData("squash", 1)]
    [InlineData("rebase", 1)]
    public async Task MergePullRequest_Method_MovesBaseAndClosesPull(string method, int parents)
    {
        var pr = await OpenPullAsync($"m-{method}", new Dictionary<string, string?> { [$"{method}.txt"] = "x" });

        var result = await Bob.MergePullRequestAsync(Org, Repo, pr.Number, method, pr.Head.Sha, null, null, Ct);
        var merged = await Bob.GetPullRequestAsync(Org, Repo, pr.Number, Ct);
        var tip = await Bob.GetCommitAsync(Org, Repo, "main", Ct);

        Assert.True(result.Merged);
        Assert.Equal(result.Sha, tip.Sha);
        Assert.Equal(parents, tip.Parents.Count);
        Assert.True(merged.Merged);
        Assert.Equal("closed", merged.State);
        Assert.Equal("bob", merged.MergedBy!.Login);
        Assert.Equal(result.Sha, merged.MergeCommitSha);
        Assert.Equal("x", System.Text.Encoding.UTF8.GetString((await Bob.GetFileAsync(Org, Repo, $"{method}.txt", "main", Ct))!));
    }

    [Fact]
    public async Task MergePullRequest_StaleShaOrConflict_FailsWithGitHubMessages()
    {
        var pr = await OpenPullAsync("stale", new Dictionary<string, string?> { ["README.md"] = "mine\n" });
        await Forge.CommitAsync(Org, Repo, "main", new Dictionary<string, string?> { ["README.md"] = "theirs\n" }, ct: Ct);

        var stale = await Assert.ThrowsAsync<GitHubApiException>(() => Bob.MergePullRequestAsync(Org, Repo, pr.Number, "merge", new string('a', 40), null, null, Ct));
        var conflict = await Assert.ThrowsAsync<GitHubApiException>(() => Bob.MergePullRequestAsync(Org, Repo, pr.Number, "merge", pr.Head.Sha, null, null, Ct));

        Assert.Equal(409, (int)stale.StatusCode);
        Assert.Equal("Head branch was modified. Review and try the merge again.", stale.Error!.Message);
        Assert.Equal(405, (int)conflict.StatusCode);
        Assert.Equal("Pull Request is not mergeable", conflict.Error!.Message);
        Assert.False((await Bob.GetPullRequestAsync(Org, Repo, pr.Number, Ct)).Mergeable);
    }

    [Fact]
    public async Task MergePullRequest_ProtectedBranch_NeedsContextsAndApprovals()
    {
        var pr = await OpenPullAsync("protected", new Dictionary<string, string?> { ["p.txt"] = "1" });
        await Alice.UpdateBranchProtectionAsync(Org, Repo, "main", new GitHub.Models.BranchProtectionRequest
        {
            RequiredStatusChecks = new GitHub.Models.RequiredStatusChecksSetting { Strict = false, Contexts = ["ci"] },
            RequiredPullRequestReviews = new GitHub.Models.RequiredReviewsSetting { RequiredApprovingReviewCount = 1 },
        }, Ct);

        var noStatus = await Assert.ThrowsAsync<GitHubApiException>(() => Alice.MergePullRequestAsync(Org, Repo, pr.Number, "merge", null, null, null, Ct));
        await Alice.CreateStatusAsync(Org, Repo, pr.Head.Sha, "success", "ci", "passed", "https://ci.example/1", Ct);
        var noReview = await Assert.ThrowsAsync<GitHubApiException>(() => Alice.MergePullRequestAsync(Org, Repo, pr.Number, "merge", null, null, null, Ct));
        await Bob.CreateReviewAsync(Org, Repo, pr.Number, "APPROVE", null, Ct);
        var merged = await Alice.MergePullRequestAsync(Org, Repo, pr.Number, "merge", null, null, null, Ct);

        Assert.Equal("Required status check \"ci\" is expected.", noStatus.Error!.Message);
        Assert.StartsWith("At least 1 approving review", noReview.Error!.Message, StringComparison.Ordinal);
        Assert.True(merged.Merged);
        var protection = await Alice.GetBranchProtectionAsync(Org, Repo, "main", Ct);
        Assert.Equal(["ci"], protection!.RequiredStatusChecks!.Contexts);
        await Alice.RemoveBranchProtectionAsync(Org, Repo, "main", Ct);
        Assert.Null(await Alice.GetBranchProtectionAsync(Org, Repo, "main", Ct));
    }

    [Fact]
    public async Task Reviews_ApproveAndRequestChanges_AreListedAndSelfApprovalRejected()
    {
        var pr = await OpenPullAsync("reviewed", new Dictionary<string, string?> { ["r.txt"] = "1" });
        await Alice.RequestReviewersAsync(Org, Repo, pr.Number, ["bob"], Ct);

        var requested = await Bob.GetPullRequestAsync(Org, Repo, pr.Number, Ct);
        await Bob.CreateReviewAsync(Org, Repo, pr.Number, "REQUEST_CHANGES", "please fix", Ct);
        await Bob.CreateReviewAsync(Org, Repo, pr.Number, "APPROVE", "ok now", Ct);
        var self = await Assert.ThrowsAsync<GitHubApiException>(() => Alice.CreateReviewAsync(Org, Repo, pr.Number, "APPROVE", null, Ct));
        var reviews = await Alice.ListReviewsAsync(Org, Repo, pr.Number, Ct);

        Assert.Equal("bob", Assert.Single(requested.RequestedReviewers).Login);
        Assert.Equal(["CHANGES_REQUESTED", "APPROVED"], reviews.Select(r => r.State));
        Assert.Equal(422, (int)self.StatusCode);
        Assert.Empty((await Bob.GetPullRequestAsync(Org, Repo, pr.Number, Ct)).RequestedReviewers);
    }

    [Fact]
    public async Task UpdatePullRequest_RetitleDraftAndClose_AreApplied()
    {
        var pr = await OpenPullAsync("edit", new Dictionary<string, string?> { ["e.txt"] = "1" });

        await Alice.UpdatePullRequestAsync(Org, Repo, pr.Number, new Dictionary<string, object?> { ["title"] = "New title", ["draft"] = true }, Ct);
        var edited = await Alice.GetPullRequestAsync(Org, Repo, pr.Number, Ct);
        await Alice.UpdateIssueAsync(Org, Repo, pr.Number, state: "closed", ct: Ct);
        var open = await Alice.ListPullRequestsAsync(Org, Repo, "open", Ct);
        var all = await Alice.ListPullRequestsAsync(Org, Repo, "all", Ct);

        Assert.Equal("New title", edited.Title);
        Assert.True(edited.Draft);
        Assert.DoesNotContain(open, p => p.Number == pr.Number);
        Assert.Contains(all, p => p.Number == pr.Number && p.State == "closed");
    }
}
