using Bowsprit.Core.Api;
using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Trigger;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class PullRequestOpenedTests
{
    public sealed record OpenedCase(string Name, string[] Files, string[] ExpectedJobs)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<OpenedCase> Cases => new()
    {
        new OpenedCase("source change runs always_run and skip_if_only_changed", ["src/app.go"], ["code", "lint", "unit"]),
        new OpenedCase("docs-only markdown change runs run_if_changed, not skip_if_only_changed", ["docs/guide.md"], ["docs", "lint", "unit"]),
        new OpenedCase("docs and source change runs both filters", ["docs/guide.md", "src/app.go"], ["code", "docs", "lint", "unit"]),
        new OpenedCase("top-level markdown runs only always_run", ["README.md"], ["lint", "unit"]),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task Opened_TrustedAuthor_RunsAutomaticJobsOnly(OpenedCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);

        await s.OpenAndHandleAsync("bob", ct, c.Files.ToDictionary(f => f, f => (string?)$"content of {f}"));

        Assert.Equal(c.ExpectedJobs, s.JobNames());
        Assert.All(s.Jobs(), j => Assert.Equal(ProwJobType.Presubmit, j.Spec.Type));
    }

    [Fact]
    public async Task Opened_TrustedAuthor_JobsCarryPrRefsAndLabels()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var alice = s.Harness.Client("alice");
        var pr = await s.OpenPullAsync("bob", ct);
        var guid = Guid.NewGuid().ToString();

        await s.PullRequestAsync(pr.Number, "opened", "bob", ct, context: s.Context(guid));

        var repo = await alice.GetRepositoryAsync(PluginHarness.Org, s.Repo, ct);
        var baseSha = await alice.GetRefAsync(PluginHarness.Org, s.Repo, "heads/main", ct);
        var bob = await alice.GetUserAsync("bob", ct);
        var unit = Assert.Single(s.Jobs(), j => j.Spec.Job == "unit");
        var refs = unit.Spec.Refs!;
        Assert.Equal((PluginHarness.Org, s.Repo, "main", baseSha), (refs.Org, refs.Repo, refs.BaseRef, refs.BaseSha));
        Assert.Equal(repo.HtmlUrl, refs.RepoLink);
        Assert.Equal($"{repo.HtmlUrl}/commit/{baseSha}", refs.BaseLink);
        Assert.StartsWith(s.Harness.Forge.BaseUrl, refs.RepoLink);
        var pull = Assert.Single(refs.Pulls!);
        Assert.Equal((pr.Number, "bob", pr.Head.Sha, "A change", "feature"), (pull.Number, pull.Author, pull.Sha, pull.Title, pull.HeadRef));
        Assert.Equal(pr.HtmlUrl, pull.Link);
        Assert.Equal($"{repo.HtmlUrl}/pull/{pr.Number}/commits/{pr.Head.Sha}", pull.CommitLink);
        Assert.Equal(bob.HtmlUrl, pull.AuthorLink);

        Assert.Equal(ProwJobState.Triggered, unit.Status.State);
        Assert.Equal(s.Harness.Time.GetUtcNow(), unit.Status.StartTime);
        Assert.Equal(("unit", true), (unit.Spec.Context, unit.Spec.Report));
        var labels = unit.Metadata.Labels;
        Assert.Equal(guid, labels[ProwJobLabels.EventGuid]);
        Assert.Equal("false", labels[ProwJobLabels.IsOptional]);
        Assert.Equal("presubmit", labels[ProwJobLabels.Type]);
        Assert.Equal(pr.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), labels[ProwJobLabels.Pull]);
        Assert.False(labels.ContainsKey(ProwJobLabels.Retest));
        Assert.Equal("true", Assert.Single(s.Jobs(), j => j.Spec.Job == "lint").Metadata.Labels[ProwJobLabels.IsOptional]);
    }

    [Fact]
    public async Task Opened_TrustedDraft_CommentsAndRunsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);

        var pr = await s.OpenAndHandleAsync("bob", ct, draft: true);

        Assert.Empty(s.Jobs());
        Assert.StartsWith("Skipping CI for Draft Pull Request.", Assert.Single(await s.BotCommentsAsync(pr.Number, ct)));
    }

    [Fact]
    public async Task Opened_UntrustedAuthor_WelcomesAndLabelsNeedsOkToTest()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);

        var pr = await s.OpenAndHandleAsync("eve", ct);

        Assert.Empty(s.Jobs());
        Assert.Equal(["needs-ok-to-test"], await s.LabelsAsync(pr.Number, ct));
        var welcome = Assert.Single(await s.BotCommentsAsync(pr.Number, ct));
        Assert.StartsWith("Hi @eve. Thanks for your PR.", welcome);
        Assert.Contains("`/ok-to-test`", welcome);
        Assert.Contains($"{s.Harness.Forge.BaseUrl}/orgs/acme/people", welcome);
    }

    [Fact]
    public async Task Opened_UntrustedAuthorWithIgnoreOkToTest_WelcomesWithoutLabel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct, "triggers:\n- repos: [acme]\n  ignore_ok_to_test: true\n");

        var pr = await s.OpenAndHandleAsync("eve", ct);

        Assert.Empty(s.Jobs());
        Assert.Empty(await s.LabelsAsync(pr.Number, ct));
        Assert.Contains("`/test all`", Assert.Single(await s.BotCommentsAsync(pr.Number, ct)));
    }

    [Fact]
    public async Task Opened_NotMergeable_RunsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct, new Dictionary<string, string?> { ["src/app.go"] = "package feature" });
        await s.Harness.CommitAsync("main", new Dictionary<string, string?> { ["src/app.go"] = "package main" }, ct);

        var e = await s.PullRequestAsync(pr.Number, "opened", "bob", ct);

        Assert.False(e.PullRequest.Mergeable);
        Assert.Empty(s.Jobs());
    }

    [Fact]
    public async Task Opened_RepoWithoutPresubmits_DoesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var pr = await harness.OpenPullAsync("eve", "feature", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        var e = await harness.PullRequestEventAsync(pr.Number, "opened", "eve", ct);

        await new TriggerPlugin().HandlePullRequestAsync(harness.Context(), e, ct);

        Assert.Empty(harness.Jobs());
        Assert.Empty(await harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct));
    }

    [Fact]
    public async Task Opened_SameDeliveryTwice_CreatesEachJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        var context = s.Context("redelivered-guid");

        await s.PullRequestAsync(pr.Number, "opened", "bob", ct, context: context);
        await s.PullRequestAsync(pr.Number, "opened", "bob", ct, context: context);

        Assert.Equal(TriggerJobs.AutomaticForSource, s.JobNames());
    }
}
