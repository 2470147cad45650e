using Bowsprit.GitHub.Client;

namespace Bowsprit.Forge.Tests.Api;

public sealed class IssueContractTests : ContractTestBase
{
    [Fact]
    public async Task Comments_CreateEditDelete_RoundTrip()
    {
        var issue = await Alice.CreateIssueAsync(Org, Repo, "Bug", "it breaks", null, Ct);

        var comment = await Bob.CreateCommentAsync(Org, Repo, issue.Number, "/assign", Ct);
        await Bob.EditCommentAsync(Org, Repo, comment.Id, "/assign @bob", Ct);
        var listed = await Alice.ListIssueCommentsAsync(Org, Repo, issue.Number, Ct);
        await Bob.DeleteCommentAsync(Org, Repo, comment.Id, Ct);

        Assert.Equal("/assign @bob", Assert.Single(listed).Body);
        Assert.Equal("bob", listed[0].User.Login);
        Assert.Empty(await Alice.ListIssueCommentsAsync(Org, Repo, issue.Number, Ct));
        Assert.False((await Alice.GetIssueAsync(Org, Repo, issue.Number, Ct)).IsPullRequest);
    }

    [Fact]
    public async Task Labels_RepoCrudAndIssueAddRemove_Work()
    {
        var issue = await Alice.CreateIssueAsync(Org, Repo, "Labelled", null, null, Ct);

        await Alice.CreateLabelAsync(Org, Repo, "lgtm", "15dd18", "Looks good", Ct);
        await Alice.UpdateLabelAsync(Org, Repo, "lgtm", null, "00ff00", null, Ct);
        await Bob.AddLabelsAsync(Org, Repo, issue.Number, ["lgtm", "do-not-merge/hold"], Ct);
        var labels = await Bob.GetIssueLabelsAsync(Org, Repo, issue.Number, Ct);
        await Bob.RemoveLabelAsync(Org, Repo, issue.Number, "do-not-merge/hold", Ct);
        var repoLabels = await Alice.ListRepoLabelsAsync(Org, Repo, Ct);
        var missing = await Assert.ThrowsAsync<GitHubApiException>(() => Bob.RemoveLabelAsync(Org, Repo, issue.Number, "nope", Ct));

        Assert.Equal(["do-not-merge/hold", "lgtm"], labels.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["lgtm"], (await Bob.GetIssueLabelsAsync(Org, Repo, issue.Number, Ct)).Select(l => l.Name));
        Assert.Equal("00ff00", repoLabels.Single(l => l.Name == "lgtm").Color);
        Assert.Contains(repoLabels, l => l.Name == "bug");
        Assert.Equal(404, (int)missing.StatusCode);
        await Alice.DeleteLabelAsync(Org, Repo, "lgtm", Ct);
        Assert.Empty(await Bob.GetIssueLabelsAsync(Org, Repo, issue.Number, Ct));
    }

    [Fact]
    public async Task AssigneesAndMilestones_AreSet()
    {
        var issue = await Alice.CreateIssueAsync(Org, Repo, "Assign me", null, null, Ct);
        var milestone = await Alice.CreateMilestoneAsync(Org, Repo, "v1.0", Ct);

        await Alice.AddAssigneesAsync(Org, Repo, issue.Number, ["bob", "nobody"], Ct);
        var assigned = await Alice.UpdateIssueAsync(Org, Repo, issue.Number, milestone: milestone.Number, ct: Ct);
        await Alice.RemoveAssigneesAsync(Org, Repo, issue.Number, ["bob"], Ct);

        Assert.Equal(["bob"], assigned.Assignees.Select(a => a.Login));
        Assert.Equal("v1.0", assigned.Milestone!.Title);
        Assert.Contains(await Alice.ListMilestonesAsync(Org, Repo, Ct), m => m.Title == "v1.0");
        Assert.Empty((await Alice.GetIssueAsync(Org, Repo, issue.Number, Ct)).Assignees);
    }

    [Fact]
    public async Task SearchIssues_TideQualifiers_SelectPulls()
    {
        await Forge.CommitAsync(Org, Repo, "s1", new Dictionary<string, string?> { ["s1"] = "1" }, from: "main", ct: Ct);
        await Forge.CommitAsync(Org, Repo, "s2", new Dictionary<string, string?> { ["s2"] = "1" }, from: "main", ct: Ct);
        var ready = await Alice.CreatePullRequestAsync(Org, Repo, "Ready", "s1", "main", null, false, Ct);
        var held = await Bob.CreatePullRequestAsync(Org, Repo, "Held", "s2", "main", null, false, Ct);
        await Alice.AddLabelsAsync(Org, Repo, ready.Number, ["lgtm", "approved"], Ct);
        await Alice.AddLabelsAsync(Org, Repo, held.Number, ["lgtm", "approved", "do-not-merge/hold"], Ct);
        await Alice.CreateIssueAsync(Org, Repo, "Not a PR", null, ["lgtm"], Ct);

        var pool = await Alice.SearchIssuesAsync($"is:pr state:open archived:false repo:\"{Org}/{Repo}\" label:\"lgtm\" label:\"approved\" -label:\"do-not-merge/hold\"", Ct);
        var byAuthor = await Alice.SearchIssuesAsync($"is:pr org:\"{Org}\" author:\"bob\" base:\"main\"", Ct);
        var anyOf = await Alice.SearchIssuesAsync($"is:pr repo:{Org}/{Repo} label:\"do-not-merge/hold\",\"nope\"", Ct);

        Assert.Equal([ready.Number], pool.Select(i => i.Number));
        Assert.True(pool[0].IsPullRequest);
        Assert.Equal([held.Number], byAuthor.Select(i => i.Number));
        Assert.Equal([held.Number], anyOf.Select(i => i.Number));
    }
}
