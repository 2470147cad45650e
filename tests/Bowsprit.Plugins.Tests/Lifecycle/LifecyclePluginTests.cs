using Bowsprit.Plugins.Lifecycle;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Lifecycle;

public sealed class LifecyclePluginTests
{
    public static TheoryData<LifecycleCase> Cases => new()
    {
        new LifecycleCase("frozen on an issue", "eve", "/lifecycle frozen", [], ["lifecycle/frozen"], "open"),
        new LifecycleCase("a new state replaces the old", "eve", "/lifecycle rotten", ["lifecycle/stale"], ["lifecycle/rotten"], "open"),
        new LifecycleCase("upper case", "eve", "/LIFECYCLE Active", ["lifecycle/frozen"], ["lifecycle/active"], "open"),
        new LifecycleCase("remove-lifecycle removes", "eve", "/remove-lifecycle stale", ["lifecycle/stale", "kind/bug"], ["kind/bug"], "open"),
        new LifecycleCase("remove-lifecycle of an unset state does nothing", "eve", "/remove-lifecycle rotten", ["lifecycle/stale"], ["lifecycle/stale"], "open"),
        new LifecycleCase("frozen is refused on pull requests", "eve", "/lifecycle frozen", [], [], "open", Reply: "The `lifecycle/frozen` label cannot be applied to Pull Requests.", OnPull: true),
        new LifecycleCase("stale on a pull request", "eve", "/lifecycle stale", [], ["lifecycle/stale"], "open", OnPull: true),
        new LifecycleCase("unknown state is ignored", "eve", "/lifecycle dead", [], [], "open"),
        new LifecycleCase("command in a code block is ignored", "bob", "```\n/close\n```", [], [], "open"),
        new LifecycleCase("author closes an issue", "bob", "/close", [], [], "closed", Reply: "Closing this issue."),
        new LifecycleCase("author closes as not planned", "bob", "/close not-planned", [], [], "closed", Reply: "Closing this issue, marking it as \"Not Planned\"."),
        new LifecycleCase("author closes a PR", "bob", "/close", [], [], "closed", Reply: "Closed this PR.", OnPull: true),
        new LifecycleCase("collaborator closes a PR", "eve", "/close", [], [], "closed", Reply: "Closed this PR.", OnPull: true, EveCollaborates: true),
        new LifecycleCase("outsider may not close an active issue", "eve", "/close", [], [], "open", Reply: "You can't close an active issue/PR unless you authored it or you are a collaborator."),
        new LifecycleCase("anyone may close a stale issue", "eve", "/close", ["lifecycle/stale"], ["lifecycle/stale"], "closed", Reply: "Closing this issue."),
        new LifecycleCase("author reopens an issue", "bob", "/reopen", [], [], "open", Reply: "Reopened this issue.", Closed: true),
        new LifecycleCase("collaborator reopens a PR", "eve", "/reopen", [], [], "open", Reply: "Reopened this PR.", OnPull: true, Closed: true, EveCollaborates: true),
        new LifecycleCase("outsider may not reopen", "eve", "/reopen", [], [], "closed", Reply: "You can't reopen an issue/PR unless you authored it or you are a collaborator.", Closed: true),
        new LifecycleCase("reopen of an open issue does nothing", "bob", "/reopen", [], [], "open"),
        new LifecycleCase("close of a closed issue does nothing", "bob", "/close", [], [], "closed", Closed: true),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Command_ChangesLabelsAndState(LifecycleCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        if (c.EveCollaborates)
        {
            await alice.AddCollaboratorAsync(PluginHarness.Org, harness.Repo, "eve", "write", ct);
        }

        var number = c.OnPull
            ? (await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct)).Number
            : (await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "An issue", null, null, ct)).Number;
        if (c.Initial.Length > 0)
        {
            await alice.AddLabelsAsync(PluginHarness.Org, harness.Repo, number, c.Initial, ct);
        }

        if (c.Closed)
        {
            await alice.UpdateIssueAsync(PluginHarness.Org, harness.Repo, number, state: "closed", ct: ct);
        }

        await new LifecyclePlugin().HandleGenericCommentAsync(harness.Context(), await harness.CommentAsync(number, c.User, c.Body, ct), ct);

        var issue = await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, number, ct);
        Assert.Equal(c.Expect.Order(StringComparer.Ordinal), issue.Labels.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.Equal(c.ExpectState, issue.State);
        var replies = (await alice.ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, number, ct)).Where(x => x.User.Login == PluginHarness.Bot).ToList();
        if (c.Reply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.StartsWith($"@{c.User}: {c.Reply}\n", Assert.Single(replies).Body, StringComparison.Ordinal);
        }
    }
}
