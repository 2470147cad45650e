using Bowsprit.Plugins.Assign;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Assign;

public sealed class AssignPluginTests
{
    public static TheoryData<AssignCase> Cases => new()
    {
        new AssignCase("assign without logins assigns the commenter", "alice", "/assign", ["alice"]),
        new AssignCase("assign several logins with and without @", "bob", "/assign @alice bob", ["alice", "bob"]),
        new AssignCase("upper-case command", "alice", "/ASSIGN", ["alice"]),
        new AssignCase("unassign without logins unassigns the commenter", "alice", "/unassign", ["bob"], Initial: ["alice", "bob"]),
        new AssignCase("anyone may unassign others", "eve", "/unassign @alice", ["bob"], Initial: ["alice", "bob"]),
        new AssignCase("an outsider cannot be assigned", "bob", "/assign @eve", [], Reply: "GitHub didn't allow me to assign the following users: eve."),
        new AssignCase("the later command wins", "alice", "/assign @bob\n/unassign @bob", []),
        new AssignCase("quoted command is ignored", "alice", "> /assign", []),
        new AssignCase("command in a code block is ignored", "alice", "```\n/assign\n```", []),
        new AssignCase("assign on a pull request", "alice", "/assign", ["alice"], ExpectReviewers: [], OnPull: true),
        new AssignCase("cc requests a review", "bob", "/cc @alice", [], ExpectReviewers: ["alice"], OnPull: true),
        new AssignCase("cc without logins asks the commenter", "alice", "/cc", [], ExpectReviewers: ["alice"], OnPull: true),
        new AssignCase("uncc withdraws the request", "alice", "/uncc", [], ExpectReviewers: [], OnPull: true, InitialReviewers: ["alice"]),
        new AssignCase("cc of an unknown user is explained", "bob", "/cc @nobody-here", [], ExpectReviewers: [],
            Reply: "GitHub didn't allow me to request PR reviews from the following users: nobody-here.", OnPull: true),
        new AssignCase("cc refusals are found one by one", "bob", "/cc @alice @nobody-here", [], ExpectReviewers: ["alice"],
            Reply: "the following users: nobody-here.", OnPull: true),
        new AssignCase("the author cannot review their own PR", "bob", "/cc", [], ExpectReviewers: [], Reply: "the following users: bob.", OnPull: true),
        new AssignCase("cc of a team is reported", "alice", "/cc @acme/reviewers", [], ExpectReviewers: [], Reply: "I can't request reviews from teams yet: acme/reviewers.", OnPull: true),
        new AssignCase("cc on an issue is ignored", "alice", "/cc @bob", []),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Command_ChangesAssigneesAndReviewers(AssignCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        var number = c.OnPull
            ? (await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct)).Number
            : (await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "An issue", null, null, ct)).Number;
        if (c.Initial is not null)
        {
            await alice.AddAssigneesAsync(PluginHarness.Org, harness.Repo, number, c.Initial, ct);
        }

        if (c.InitialReviewers is not null)
        {
            await alice.RequestReviewersAsync(PluginHarness.Org, harness.Repo, number, c.InitialReviewers, ct);
        }

        await new AssignPlugin().HandleGenericCommentAsync(harness.Context(), await harness.CommentAsync(number, c.User, c.Body, ct), ct);

        var issue = await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, number, ct);
        Assert.Equal(c.Expect.Order(StringComparer.Ordinal), issue.Assignees.Select(a => a.Login).Order(StringComparer.Ordinal));
        if (c.ExpectReviewers is not null)
        {
            var pr = await alice.GetPullRequestAsync(PluginHarness.Org, harness.Repo, number, ct);
            Assert.Equal(c.ExpectReviewers.Order(StringComparer.Ordinal), pr.RequestedReviewers.Select(a => a.Login).Order(StringComparer.Ordinal));
        }

        var replies = (await alice.ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, number, ct)).Where(x => x.User.Login == PluginHarness.Bot).ToList();
        if (c.Reply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.Contains(c.Reply, Assert.Single(replies).Body, StringComparison.Ordinal);
        }
    }
}
