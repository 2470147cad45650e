using Bowsprit.Plugins.Skip;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Skip;

public sealed class SkipPluginTests
{
    public static TheoryData<SkipCase> Cases => new()
    {
        new SkipCase("optional explicit job failing is skipped", ["optional: true"], "failure", Skipped: true),
        new SkipCase("optional explicit job pending is skipped", ["optional: true"], "pending", Skipped: true),
        new SkipCase("optional explicit job erroring is skipped", ["optional: true"], "error", Skipped: true),
        new SkipCase("successful status is left alone", ["optional: true"], "success", Skipped: false),
        new SkipCase("required job is left alone", [], "failure", Skipped: false),
        new SkipCase("job that does not report is skipped", ["skip_report: true"], "failure", Skipped: true),
        new SkipCase("optional always_run job reruns, so it is left alone", ["optional: true", "always_run: true"], "failure", Skipped: false),
        new SkipCase("optional job matching changed files is left alone", ["optional: true", "run_if_changed: '^docs/'"], "failure", Skipped: false, ChangedPath: "docs/x.md"),
        new SkipCase("optional job not matching changed files is skipped", ["optional: true", "run_if_changed: '^docs/'"], "failure", Skipped: true),
        new SkipCase("optional always_run job for another branch is skipped", ["optional: true", "always_run: true", "branches: [release]"], "failure", Skipped: true),
        new SkipCase("skip in a code block is ignored", ["optional: true"], "failure", Skipped: false, Body: "```\n/skip\n```"),
        new SkipCase("skip with arguments is ignored", ["optional: true"], "failure", Skipped: false, Body: "/skip the-job"),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Skip_MarksStaleOptionalContexts(SkipCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        var config = PluginHarness.LoadConfig($"""
            presubmits:
              {PluginHarness.Org}/{harness.Repo}:
              - name: the-job
            {string.Concat(c.Job.Select(l => $"    {l}\n"))}    spec:
                  containers: [{"{image: alpine}"}]
            """);
        var pr = await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { [c.ChangedPath] = "1\n" }, ct);
        await alice.CreateStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, c.State, "the-job", "Job failed.", null, ct);
        await alice.CreateStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, "failure", "ci/external", "Not ours.", null, ct);

        await new SkipPlugin().HandleGenericCommentAsync(harness.Context(config), await harness.CommentAsync(pr.Number, "eve", c.Body, ct), ct);

        var statuses = (await alice.GetCombinedStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, ct)).Statuses.ToDictionary(s => s.Context);
        Assert.Equal(c.Skipped ? "success" : c.State, statuses["the-job"].State);
        Assert.Equal(c.Skipped ? "Skipped" : "Job failed.", statuses["the-job"].Description);
        Assert.Equal("failure", statuses["ci/external"].State);
    }

    [Fact]
    public async Task HandleGenericComment_ClosedPull_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var config = PluginHarness.LoadConfig($"presubmits:\n  {PluginHarness.Org}/{harness.Repo}:\n  - name: the-job\n    optional: true\n    spec:\n      containers: [{{image: alpine}}]\n");
        var pr = await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1\n" }, ct);
        await harness.Client("alice").CreateStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, "failure", "the-job", "Job failed.", null, ct);
        var comment = await harness.CommentAsync(pr.Number, "eve", "/skip", ct);

        await new SkipPlugin().HandleGenericCommentAsync(harness.Context(config), comment with { IssueState = "closed" }, ct);

        var status = Assert.Single((await harness.Client("alice").GetCombinedStatusAsync(PluginHarness.Org, harness.Repo, pr.Head.Sha, ct)).Statuses);
        Assert.Equal("failure", status.State);
    }
}
