using Bowsprit.Core.Api;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class PullRequestLifecycleTests
{
    [Fact]
    public async Task Synchronize_AbortsOldRunsAndTestsNewHead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenAndHandleAsync("bob", ct);
        var oldRuns = s.Jobs();
        s.Harness.Time.Advance(TimeSpan.FromMinutes(5));
        var newHead = await s.Harness.CommitAsync("feature", new Dictionary<string, string?> { ["src/more.go"] = "package more" }, ct);

        await s.PullRequestAsync(pr.Number, "synchronize", "bob", ct);

        var jobs = s.Jobs();
        Assert.All(jobs.Where(j => oldRuns.Any(o => o.Name == j.Name)), j =>
        {
            Assert.Equal(ProwJobState.Aborted, j.Status.State);
            Assert.Equal("Aborted by trigger plugin.", j.Status.Description);
            Assert.Equal(s.Harness.Time.GetUtcNow(), j.Status.CompletionTime);
            Assert.Equal(pr.Head.Sha, j.Spec.Refs!.Pulls![0].Sha);
        });
        var fresh = jobs.Where(j => j.Status.State == ProwJobState.Triggered).ToList();
        Assert.Equal(TriggerJobs.AutomaticForSource, fresh.Select(j => j.Spec.Job).Order(StringComparer.Ordinal));
        Assert.All(fresh, j => Assert.Equal(newHead, j.Spec.Refs!.Pulls![0].Sha));
    }

    [Theory]
    [InlineData("closed")]
    [InlineData("converted_to_draft")]
    public async Task ClosedOrDrafted_AbortsIncompleteRunsOnly(string action)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenAndHandleAsync("bob", ct);
        var finished = s.Jobs().First(j => j.Spec.Job == "unit");
        finished.Status.State = ProwJobState.Success;
        finished.Status.CompletionTime = s.Harness.Time.GetUtcNow();
        await s.Harness.ProwJobs.UpdateAsync(finished, ct);

        await s.PullRequestAsync(pr.Number, action, "bob", ct);

        Assert.Equal(["code", "lint"], s.JobNames(ProwJobState.Aborted));
        Assert.Equal(["unit"], s.JobNames(ProwJobState.Success));
    }

    [Fact]
    public async Task Closed_LeavesOtherPullsRunsAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var first = await s.OpenAndHandleAsync("bob", ct);
        var second = await s.OpenPullAsync("bob", ct, branch: "other");
        await s.PullRequestAsync(second.Number, "opened", "bob", ct);

        await s.PullRequestAsync(first.Number, "closed", "bob", ct);

        Assert.All(s.Jobs(), j => Assert.Equal(j.Spec.Refs!.Pulls![0].Number == first.Number ? ProwJobState.Aborted : ProwJobState.Triggered, j.Status.State));
    }

    public sealed record TrustedAgainCase(string Name, string Action, Action<PullRequestEvent>? Edit, bool ExpectRun)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<TrustedAgainCase> TrustedAgainCases => new()
    {
        new TrustedAgainCase("reopened", "reopened", null, true),
        new TrustedAgainCase("ready for review", "ready_for_review", null, true),
        new TrustedAgainCase("edited base", "edited", e => e.Changes = new EventChanges { Base = new ChangedBase { Ref = new ChangedValue { From = "old" } } }, true),
        new TrustedAgainCase("edited title only", "edited", e => e.Changes = new EventChanges { Title = new ChangedValue { From = "old" } }, false),
        new TrustedAgainCase("assigned", "assigned", null, false),
    };

    [Theory, MemberData(nameof(TrustedAgainCases))]
    public async Task ReopenLikeActions_OkToTestPr_DropsNeedsOkToTestAndRuns(TrustedAgainCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("eve", ct);
        await s.Harness.Client("alice").AddLabelsAsync(PluginHarness.Org, s.Repo, pr.Number, ["ok-to-test", "needs-ok-to-test"], ct);

        await s.PullRequestAsync(pr.Number, c.Action, "alice", ct, c.Edit);

        Assert.Equal(c.ExpectRun ? TriggerJobs.AutomaticForSource : [], s.JobNames());
        Assert.Equal(c.ExpectRun ? ["ok-to-test"] : ["needs-ok-to-test", "ok-to-test"], await s.LabelsAsync(pr.Number, ct));
    }

    [Fact]
    public async Task Reopened_UntrustedPr_RunsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("eve", ct);

        await s.PullRequestAsync(pr.Number, "reopened", "eve", ct);

        Assert.Empty(s.Jobs());
    }

    public sealed record LabeledCase(string Name, string Author, string Label, string Sender, bool ExpectRun)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<LabeledCase> LabeledCases => new()
    {
        new LabeledCase("lgtm on untrusted PR runs once", "eve", "lgtm", "alice", true),
        new LabeledCase("lgtm on trusted PR runs nothing new", "bob", "lgtm", "alice", false),
        new LabeledCase("ok-to-test added by a person runs", "eve", "ok-to-test", "alice", true),
        new LabeledCase("ok-to-test added by the bot runs nothing (its /ok-to-test did)", "eve", "ok-to-test", PluginHarness.Bot, false),
        new LabeledCase("other label runs nothing", "eve", "kind/bug", "alice", false),
    };

    [Theory, MemberData(nameof(LabeledCases))]
    public async Task Labeled_RunsPerLabelAndSender(LabeledCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync(c.Author, ct);
        await s.Harness.Client(c.Sender).AddLabelsAsync(PluginHarness.Org, s.Repo, pr.Number, [c.Label], ct);

        await s.PullRequestAsync(pr.Number, "labeled", c.Sender, ct, e => e.Label = new GitHub.Models.Label { Name = c.Label });

        Assert.Equal(c.ExpectRun ? TriggerJobs.AutomaticForSource : [], s.JobNames());
    }
}
