using Bowsprit.Core.Api;
using Bowsprit.Plugins.Framework;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Trigger;

/// <summary>
/// Comment commands on bob's (trusted) PR touching <c>src/</c>, whose head has statuses unit=failure,
/// lint=error (optional job) and code=success; docs, integration and perf have not reported.
/// </summary>
public sealed class CommentCommandTests
{
    public sealed record CommandCase(string Name, string Body, string[] ExpectedJobs, bool ExpectRetestLabel = false, string? ExpectReply = null)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<CommandCase> Cases => new()
    {
        new CommandCase("/test NAME runs that job", "/test integration", ["integration"]),
        new CommandCase("/test with several names", "/test perf integration", ["integration", "perf"]),
        new CommandCase("/test NAME with CRLF", "/test unit\r\nthanks", ["unit"]),
        new CommandCase("/test all runs automatic jobs only", "/test all", ["code", "lint", "unit"]),
        new CommandCase("/test-manual-required runs required explicit jobs", "/test-manual-required", ["integration"]),
        new CommandCase("/retest reruns failed and errored contexts", "/retest", ["lint", "unit"], ExpectRetestLabel: true),
        new CommandCase("/retest-required skips optional jobs", "/retest-required", ["unit"], ExpectRetestLabel: true),
        new CommandCase("unknown /test target gets help", "/test foo", [], ExpectReply: "The specified target(s) for `/test` were not found."),
        new CommandCase("bare /test gets help", "/test", [], ExpectReply: "The `/test` command needs one or more targets."),
        new CommandCase("/test ? lists jobs", "/test ?", [], ExpectReply: "The following commands are available to trigger required jobs:"),
        new CommandCase("/retest with a target gets help", "/retest unit", [], ExpectReply: "The `/retest` command does not accept any targets."),
        new CommandCase("command in a code block is ignored", "```\n/test all\n```", []),
        new CommandCase("command not at line start is ignored", "please /test all", []),
        new CommandCase("commands are case-sensitive", "/TEST unit", []),
        new CommandCase("non-ASCII whitespace is not whitespace (RE2)", "/retest\u00a0", []),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task Comment_OnTrustedPr_SelectsJobs(CommandCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        await s.SetStatusAsync(pr.Head.Sha, "unit", "failure", ct);
        await s.SetStatusAsync(pr.Head.Sha, "lint", "error", ct);
        await s.SetStatusAsync(pr.Head.Sha, "code", "success", ct);

        await s.CommentAsync(pr.Number, "bob", c.Body, ct);

        Assert.Equal(c.ExpectedJobs, s.JobNames());
        Assert.All(s.Jobs(), j => Assert.Equal(c.ExpectRetestLabel, j.Metadata.Labels.TryGetValue(ProwJobLabels.Retest, out var v) && v == "true"));
        var replies = await s.BotCommentsAsync(pr.Number, ct);
        if (c.ExpectReply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.Contains(c.ExpectReply, Assert.Single(replies));
        }
    }

    [Fact]
    public async Task Retest_AutomaticJobWithoutStatus_RunsIfItWouldRunOnItsOwn()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        await s.SetStatusAsync(pr.Head.Sha, "unit", "success", ct);

        await s.CommentAsync(pr.Number, "bob", "/retest", ct);

        // lint (always_run) and code (src/ change) never reported; docs did not either but does not match the change.
        Assert.Equal(["code", "lint"], s.JobNames());
    }

    [Fact]
    public async Task HelpReply_ListsRequiredOptionalAndTestAllJobsForTheBranch()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);

        var comment = await s.CommentAsync(pr.Number, "bob", "/test ?", ct);

        var reply = Assert.Single(await s.BotCommentsAsync(pr.Number, ct));
        Assert.StartsWith("@bob: The following commands are available to trigger required jobs:\n" +
            "* `/test code`\n* `/test docs`\n* `/test integration`\n* `/test unit`\n\n" +
            "The following commands are available to trigger optional jobs:\n* `/test lint`\n* `/test perf`\n\n" +
            "Use `/test all` to run the following jobs that were automatically triggered:\n* `code`\n* `docs`\n* `lint`\n* `unit`\n", reply);
        Assert.Contains($"In response to [this]({comment.HtmlUrl})", reply);
        Assert.DoesNotContain("release", reply);
    }

    [Fact]
    public async Task LaterTestComments_DeleteEarlierHelpReplies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        await s.Harness.Client(PluginHarness.Bot).CreateCommentAsync(PluginHarness.Org, s.Repo, pr.Number, "unrelated bot note", ct);

        await s.CommentAsync(pr.Number, "bob", "/test foo", ct);
        await s.CommentAsync(pr.Number, "bob", "/test bar", ct);
        Assert.Equal(2, (await s.BotCommentsAsync(pr.Number, ct)).Count);

        await s.CommentAsync(pr.Number, "bob", "/test unit", ct);

        Assert.Equal(["unrelated bot note"], await s.BotCommentsAsync(pr.Number, ct));
        Assert.Equal(["unit"], s.JobNames());
    }

    [Fact]
    public async Task TestComment_OnNewHead_AbortsThatJobsRunOnOldHeadOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        await s.CommentAsync(pr.Number, "bob", "/test unit\n/test integration", ct);
        var newHead = await s.Harness.CommitAsync("feature", new Dictionary<string, string?> { ["src/more.go"] = "package more" }, ct);

        await s.CommentAsync(pr.Number, "bob", "/test unit", ct);

        Assert.Equal(["unit"], s.JobNames(ProwJobState.Aborted));
        Assert.Equal(["integration", "unit"], s.JobNames());
        Assert.Equal(newHead, s.Jobs().Single(j => j.Spec.Job == "unit" && j.Status.State == ProwJobState.Triggered).Spec.Refs!.Pulls![0].Sha);
    }

    [Fact]
    public async Task TestComment_SameHeadTwice_KeepsBothRuns()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);

        await s.CommentAsync(pr.Number, "bob", "/test unit", ct);
        await s.CommentAsync(pr.Number, "bob", "/test unit", ct);

        Assert.Equal(["unit", "unit"], s.JobNames());
    }

    [Fact]
    public async Task PrBodyCommandAndOpenedEvent_InOneDelivery_CreateEachJobOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct);
        var pr = await s.OpenPullAsync("bob", ct);
        var opened = await s.Harness.PullRequestEventAsync(pr.Number, "opened", "bob", ct);
        opened.PullRequest.Body = "/test all\n/test integration";
        var context = s.Context("one-delivery");

        await Task.WhenAll(
            s.Plugin.HandlePullRequestAsync(context, opened, ct),
            s.Plugin.HandleGenericCommentAsync(context, GenericComments.From(opened, context.EventGuid)!, ct));

        Assert.Equal(["code", "integration", "lint", "unit"], s.JobNames());
    }
}
