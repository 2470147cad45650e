using Bowsprit.Core.Api;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Trigger;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class PushTests
{
    public sealed record PushCase(string Name, string Branch, string[] Files, string[] ExpectedJobs)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<PushCase> Cases => new()
    {
        new PushCase("main, source change", "main", ["src/app.go"], ["deploy"]),
        new PushCase("main, docs change runs run_if_changed", "main", ["docs/guide.md"], ["deploy", "publish-docs"]),
        new PushCase("release branch runs branch-filtered and skip_branches jobs", "release-1.0", ["src/app.go"], ["deploy", "not-on-main", "release-build"]),
        new PushCase("feature branch with docs", "feature", ["docs/guide.md", "src/app.go"], ["deploy", "not-on-main", "publish-docs"]),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task Push_RunsPostsubmitsByBranchAndChanges(PushCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        await using var sink = await StartSinkAsync(s, ct);

        var sha = await s.Harness.CommitAsync(c.Branch, c.Files.ToDictionary(f => f, f => (string?)"x"), ct);
        var (push, guid) = await sink.NextPushAsync(sha, ct);
        await s.Plugin.HandlePushAsync(s.Context(guid), push, ct);

        Assert.Equal(c.ExpectedJobs, s.JobNames());
        Assert.All(s.Jobs(), j => Assert.Equal(ProwJobType.Postsubmit, j.Spec.Type));
    }

    [Fact]
    public async Task Push_JobsCarryBranchRefsAndEventGuid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        await using var sink = await StartSinkAsync(s, ct);

        var sha = await s.Harness.CommitAsync("main", new Dictionary<string, string?> { ["src/app.go"] = "x" }, ct);
        var (push, guid) = await sink.NextPushAsync(sha, ct);
        await s.Plugin.HandlePushAsync(s.Context(guid), push, ct);

        var repo = await s.Harness.Client("alice").GetRepositoryAsync(PluginHarness.Org, s.Repo, ct);
        var deploy = Assert.Single(s.Jobs());
        var refs = deploy.Spec.Refs!;
        Assert.Equal((PluginHarness.Org, s.Repo, "main", sha), (refs.Org, refs.Repo, refs.BaseRef, refs.BaseSha));
        Assert.Equal(repo.HtmlUrl, refs.RepoLink);
        Assert.Equal(push.Compare, refs.BaseLink);
        Assert.Contains("/compare/", refs.BaseLink);
        Assert.Null(refs.Pulls);
        Assert.Equal(guid, deploy.Metadata.Labels[ProwJobLabels.EventGuid]);
        Assert.Equal("postsubmit", deploy.Metadata.Labels[ProwJobLabels.Type]);
        Assert.False(deploy.Metadata.Labels.ContainsKey(ProwJobLabels.IsOptional));
        Assert.Equal(ProwJobState.Triggered, deploy.Status.State);
    }

    [Fact]
    public async Task Push_BranchDeletion_RunsNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        await using var sink = await StartSinkAsync(s, ct);
        var sha = await s.Harness.CommitAsync("main", new Dictionary<string, string?> { ["src/app.go"] = "x" }, ct);
        var (push, guid) = await sink.NextPushAsync(sha, ct);

        push.Deleted = true;
        push.After = PushEvent.ZeroSha;
        await s.Plugin.HandlePushAsync(s.Context(guid), push, ct);

        Assert.Empty(s.Jobs());
    }

    [Fact]
    public async Task Push_SameDeliveryTwice_CreatesEachJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        await using var sink = await StartSinkAsync(s, ct);
        var sha = await s.Harness.CommitAsync("main", new Dictionary<string, string?> { ["docs/a.md"] = "x" }, ct);
        var (push, guid) = await sink.NextPushAsync(sha, ct);

        await s.Plugin.HandlePushAsync(s.Context(guid), push, ct);
        await s.Plugin.HandlePushAsync(s.Context(guid), push, ct);

        Assert.Equal(["deploy", "publish-docs"], s.JobNames());
    }

    [Theory]
    [InlineData("refs/heads/main", "main")]
    [InlineData("refs/heads/release/1.2", "release/1.2")]
    [InlineData("refs/tags/v1.2.0", "v1.2.0")]
    public void BranchOf_StripsHeadsAndTags(string gitRef, string expected) =>
        Assert.Equal(expected, PushActions.BranchOf(gitRef));

    private static async Task<WebhookSink> StartSinkAsync(TriggerScenario s, CancellationToken ct)
    {
        var sink = await WebhookSink.StartAsync(ct);
        await s.Harness.Client("alice").CreateRepoHookAsync(PluginHarness.Org, s.Repo, sink.Url, null, ["push"], ct);
        return sink;
    }
}
