using Bowsprit.Core.Api;
using Bowsprit.Core.Config;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Crier.GitHub;
using Bowsprit.Crier.Tests.Support;
using Bowsprit.GitHub.Models;
using Bowsprit.Testing;

namespace Bowsprit.Crier.Tests.GitHub;

/// <summary>The failure comment's life on a real forge PR: created, replaced on a new failure, edited, deleted.</summary>
public sealed class FailureCommentForgeTests(ForgeFixture forge)
{
    private async Task<List<IssueComment>> BotCommentsAsync(TestRepo repo, CancellationToken ct) =>
        [.. (await forge.Client("alice").ListIssueCommentsAsync(repo.Org, repo.Name, repo.Pull, ct)).Where(c => c.User.Login == ForgeFixture.Bot)];

    [Fact]
    public async Task Comment_CreatedReplacedEditedDeleted()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);

        // unit fails: one comment, one row, addressed to the author.
        var unit = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, unit.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);
        var first = Assert.Single(await BotCommentsAsync(repo, ct));
        Assert.StartsWith("@bob: The following test **failed**", first.Body, StringComparison.Ordinal);
        Assert.Contains($"unit | {repo.HeadSha} | [link](http://deck.example.test/view/unit/0) | true | `/test unit`", first.Body, StringComparison.Ordinal);
        Assert.EndsWith(FailureComment.Marker, first.Body, StringComparison.Ordinal);

        // lint (optional) fails too: a new failure replaces the comment so people get notified; both rows stay.
        var lint = await store.CreateAsync(TestJobs.Presubmit(repo, "lint", ProwJobState.Failure, optional: true), ct);
        await CrierRun.ReportedAsync(store, lint.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);
        var second = Assert.Single(await BotCommentsAsync(repo, ct));
        Assert.NotEqual(first.Id, second.Id);
        Assert.StartsWith("@bob: The following tests **failed**", second.Body, StringComparison.Ordinal);
        Assert.Contains("unit | ", second.Body, StringComparison.Ordinal);
        Assert.Contains("lint | " + repo.HeadSha + " | [link](http://deck.example.test/view/lint/0) | false | `/test lint`", second.Body, StringComparison.Ordinal);

        // A rerun of unit passes: the same comment is edited down to lint's row.
        var rerun = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Success, minute: 10), ct);
        await CrierRun.ReportedAsync(store, rerun.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        var third = Assert.Single(await BotCommentsAsync(repo, ct));
        Assert.Equal(second.Id, third.Id);
        Assert.DoesNotContain("unit | ", third.Body, StringComparison.Ordinal);
        Assert.Contains("lint | ", third.Body, StringComparison.Ordinal);
        Assert.StartsWith("@bob: The following test **failed**", third.Body, StringComparison.Ordinal);

        // lint passes: nothing left to say, the comment goes.
        var lintRerun = await store.CreateAsync(TestJobs.Presubmit(repo, "lint", ProwJobState.Success, minute: 11, optional: true), ct);
        await CrierRun.ReportedAsync(store, lintRerun.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        Assert.Empty(await BotCommentsAsync(repo, ct));
    }

    [Fact]
    public async Task ExistingProwComment_IsRecognizedMergedAndDuplicatesRemoved()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var bot = forge.Client(ForgeFixture.Bot);

        // Two report comments as an earlier Prow deployment of this bot left them, and a human comment quoting the marker.
        var stale = await bot.CreateCommentAsync(repo.Org, repo.Name, repo.Pull, ProwStyle(("integration", "oldsha"), ("verify", "veryoldsha")), ct);
        var newest = await bot.CreateCommentAsync(repo.Org, repo.Name, repo.Pull, ProwStyle(("verify", "oldsha")), ct);
        var human = await forge.Client("bob").CreateCommentAsync(repo.Org, repo.Name, repo.Pull, "why does it say " + FailureComment.Marker + "?", ct);

        var store = new InMemoryProwJobStore();
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct);
        var unit = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, unit.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);

        var comments = await forge.Client("alice").ListIssueCommentsAsync(repo.Org, repo.Name, repo.Pull, ct);
        Assert.Contains(comments, c => c.Id == human.Id);
        Assert.DoesNotContain(comments, c => c.Id == stale.Id || c.Id == newest.Id);
        var report = Assert.Single(comments, c => c.User.Login == ForgeFixture.Bot);

        // Rows of every old report comment carry over, the newest row per context winning; the new failure is added last.
        var rows = report.Body.Split('\n').SkipWhile(l => !l.StartsWith("---", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("integration | oldsha | [link](https://prow.example.test/integration) | true | `/test integration`", rows[0]);
        Assert.Equal("verify | oldsha | [link](https://prow.example.test/verify) | true | `/test verify`", rows[1]);
        Assert.StartsWith("unit | " + repo.HeadSha, rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCommentRepos_GetStatusesButNoComment()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        var config = new ProwConfig { GitHubReporter = new GitHubReporterConfig { NoCommentRepos = [repo.Org] } };
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct, config);

        var unit = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Failure), ct);
        await CrierRun.ReportedAsync(store, unit.Name, GitHubReporter.ReporterName, ProwJobState.Failure, ct);

        Assert.Single(await forge.Client("alice").ListStatusesAsync(repo.Org, repo.Name, repo.HeadSha, ct));
        Assert.Empty(await BotCommentsAsync(repo, ct));
    }

    [Fact]
    public async Task SummaryCommentRepos_CommentOnceAllJobsDone_IncludingAllPassed()
    {
        var ct = TestContext.Current.CancellationToken;
        var repo = await forge.NewRepoAsync(ct);
        var store = new InMemoryProwJobStore();
        var config = new ProwConfig
        {
            GitHubReporter = new GitHubReporterConfig { SummaryCommentRepos = [$"{repo.Org}/{repo.Name}"] },
            Plank = new PlankConfig { ReportTemplates = new Dictionary<string, string> { ["*"] = "[Full PR test history](http://deck.example.test/pr-history?pr={{range .Spec.Refs.Pulls}}{{.Number}}{{end}})" } },
        };
        await using var crier = await CrierRun.GitHubAsync(forge, store, ct, config);

        var unit = await store.CreateAsync(TestJobs.Presubmit(repo, "unit", ProwJobState.Success), ct);
        var lint = await store.CreateAsync(TestJobs.Presubmit(repo, "lint", ProwJobState.Pending), ct);
        await CrierRun.ReportedAsync(store, unit.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        Assert.Empty(await BotCommentsAsync(repo, ct));

        lint = (await store.GetAsync(lint.Name, ct))!;
        await store.UpdateAsync(TestJobs.With(lint, ProwJobState.Success), ct);
        await CrierRun.ReportedAsync(store, lint.Name, GitHubReporter.ReporterName, ProwJobState.Success, ct);
        var comment = Assert.Single(await BotCommentsAsync(repo, ct));
        Assert.StartsWith("@bob: all tests **passed!**", comment.Body, StringComparison.Ordinal);
        Assert.Contains($"[Full PR test history](http://deck.example.test/pr-history?pr={repo.Pull})", comment.Body, StringComparison.Ordinal);
    }

    /// <summary>A report comment in the exact shape Prow's crier writes (its wording of the footer aside).</summary>
    private static string ProwStyle(params (string Context, string Sha)[] rows) => string.Join('\n',
    [
        "@bob: The following test **failed**, say `/retest` to rerun all failed tests or `/retest-required` to rerun all mandatory failed tests:",
        "",
        "Test name | Commit | Details | Required | Rerun command",
        "--- | --- | --- | --- | ---",
        .. rows.Select(r => $"{r.Context} | {r.Sha} | [link](https://prow.example.test/{r.Context}) | true | `/test {r.Context}`"),
        "",
        "[Full PR test history](https://prow.example.test/pr-history)",
        "",
        "<details>",
        "",
        "Instructions for interacting with me using PR comments are available here.",
        "</details>",
        FailureComment.Marker,
    ]);
}
