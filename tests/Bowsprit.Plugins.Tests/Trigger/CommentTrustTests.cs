using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class CommentTrustTests
{
    [Fact]
    public async Task OkToTest_ByMember_SwapsLabelsAndRunsAutomaticJobs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenAndHandleAsync("eve", ct);
        Assert.Equal(["needs-ok-to-test"], await s.LabelsAsync(pr.Number, ct));

        await s.CommentAsync(pr.Number, "bob", "/ok-to-test", ct);

        Assert.Equal(["ok-to-test"], await s.LabelsAsync(pr.Number, ct));
        Assert.Equal(TriggerJobs.AutomaticForSource, s.JobNames());
        Assert.All(s.Jobs(), j => Assert.Equal("eve", j.Spec.Refs!.Pulls![0].Author));
    }

    [Fact]
    public async Task OkToTest_ByOutsider_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenAndHandleAsync("eve", ct);

        await s.CommentAsync(pr.Number, "eve", "/ok-to-test", ct);

        Assert.Empty(s.Jobs());
        Assert.Equal(["needs-ok-to-test"], await s.LabelsAsync(pr.Number, ct));
        var reply = (await s.BotCommentsAsync(pr.Number, ct))[^1];
        Assert.StartsWith("@eve: Cannot trigger testing until a trusted user reviews the PR and leaves an `/ok-to-test` message.", reply);
    }

    [Fact]
    public async Task TestComment_ByOutsiderOnUntrustedPr_IsRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("eve", ct);

        await s.CommentAsync(pr.Number, "eve", "/test all", ct);

        Assert.Empty(s.Jobs());
        Assert.Contains("Cannot trigger testing", Assert.Single(await s.BotCommentsAsync(pr.Number, ct)));
    }

    [Fact]
    public async Task TestComment_ByOutsiderOnTrustedPr_Runs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);

        await s.CommentAsync(pr.Number, "eve", "/test integration", ct);

        Assert.Equal(["integration"], s.JobNames());
    }

    [Fact]
    public async Task TestComment_ByMemberOnUntrustedPr_Runs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenAndHandleAsync("eve", ct);

        await s.CommentAsync(pr.Number, "alice", "/test unit", ct);

        Assert.Equal(["unit"], s.JobNames());
        Assert.Equal(["needs-ok-to-test"], await s.LabelsAsync(pr.Number, ct));
    }

    [Theory]
    [InlineData("bob", new[] { "needs-ok-to-test" }, null)]
    [InlineData("eve", new[] { "ok-to-test" }, "@eve: Only trusted users can revoke `/ok-to-test`.")]
    public async Task OkToTestCancel_OnlyTrustedUsersRevoke(string commenter, string[] expectedLabels, string? expectedReply)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("eve", ct);
        await s.Harness.Client("alice").AddLabelsAsync(PluginHarness.Org, s.Repo, pr.Number, ["ok-to-test"], ct);

        await s.CommentAsync(pr.Number, commenter, "/ok-to-test cancel", ct);

        Assert.Empty(s.Jobs());
        Assert.Equal(expectedLabels, await s.LabelsAsync(pr.Number, ct));
        var replies = await s.BotCommentsAsync(pr.Number, ct);
        if (expectedReply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.StartsWith(expectedReply, Assert.Single(replies));
        }
    }

    [Fact]
    public async Task OkToTest_WithIgnoreOkToTest_IsNotACommand()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct, "triggers:\n- repos: [acme]\n  ignore_ok_to_test: true\n");
        var pr = await s.OpenPullAsync("eve", ct);

        await s.CommentAsync(pr.Number, "bob", "/ok-to-test", ct);

        Assert.Empty(s.Jobs());
        Assert.Empty(await s.LabelsAsync(pr.Number, ct));
    }

    [Fact]
    public async Task BotsOwnComment_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);

        await s.CommentAsync(pr.Number, PluginHarness.Bot, "/test all", ct);

        Assert.Empty(s.Jobs());
    }

    [Theory]
    [InlineData("edited", "open")]
    [InlineData("created", "closed")]
    public async Task Comment_NotNewOrOnClosedPr_IsIgnored(string action, string state)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        var comment = await s.Harness.CommentAsync(pr.Number, "bob", "/test all", ct);

        await s.Plugin.HandleGenericCommentAsync(s.Context(), comment with { Action = action, IssueState = state }, ct);

        Assert.Empty(s.Jobs());
    }
}
