using Bowsprit.Core.Plugins;
using Bowsprit.Plugins.Label;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Label;

public sealed class LabelPluginTests
{
    private static readonly string[] RepoLabels =
    [
        "kind/bug", "kind/feature", "kind/api-change", "area/prow", "needs-kind", "triage/accepted", "tide/merge-method-squash", "api-review", "good label", "security",
    ];

    private const string PluginsYaml = """
        label:
          additional_labels: [tide/merge-method-squash, good label]
          restricted_labels:
            acme:
            - label: api-review
              allowed_teams: [api-reviewers]
              allowed_users: [bob]
              assign_on:
              - label: kind/api-change
            - label: security
              allowed_teams: [ghosts]
        """;

    public static TheoryData<LabelCase> Cases => new()
    {
        new LabelCase("kind adds its label", "eve", "/kind bug", [], ["kind/bug"]),
        new LabelCase("several kinds on one line", "eve", "/kind bug feature", [], ["kind/bug", "kind/feature"]),
        new LabelCase("category labels are lower-cased", "eve", "/kind Bug", [], ["kind/bug"]),
        new LabelCase("existing label is left alone", "eve", "/kind bug", ["kind/bug"], ["kind/bug"]),
        new LabelCase("label missing in repo is reported", "eve", "/kind nonsense", [], [], Reply: "`kind/nonsense` cannot be applied, because the repository doesn't have them."),
        new LabelCase("remove-kind removes", "eve", "/remove-kind bug", ["kind/bug", "kind/feature"], ["kind/feature"]),
        new LabelCase("removing the last kind restores needs-kind", "eve", "/remove-kind bug", ["kind/bug"], ["needs-kind"]),
        new LabelCase("removing an unset label is reported", "eve", "/remove-area prow", [], [], Reply: "Those labels are not set on the issue: `area/prow`"),
        new LabelCase("label sets an additional label", "eve", "/label tide/merge-method-squash", [], ["tide/merge-method-squash"]),
        new LabelCase("label with spaces", "eve", "/label good label", [], ["good label"]),
        new LabelCase("label outside the configuration is refused", "eve", "/label random", [], [], Reply: "The label(s) `random` cannot be applied. These labels are supported: `api-review, good label, security, tide/merge-method-squash`."),
        new LabelCase("remove-label removes an additional label", "eve", "/remove-label tide/merge-method-squash", ["tide/merge-method-squash"], []),
        new LabelCase("restricted label by an allowed user", "bob", "/label api-review", [], ["api-review"]),
        new LabelCase("restricted label by a team member", "alice", "/label api-review", [], ["api-review"]),
        new LabelCase("restricted label refused", "eve", "/label api-review", [], [], Reply: "Can not set label `api-review`: must be a member of one of these teams: api-reviewers or one of these users: bob."),
        new LabelCase("restricted label removal refused", "eve", "/remove-label api-review", ["api-review"], ["api-review"], Reply: "Can not remove label `api-review`"),
        new LabelCase("a restricted label whose team does not exist is refused", "bob", "/label security", [], [],
            Reply: "Can not set label `security`: must be a member of one of these teams: ghosts."),
        new LabelCase("triage accepted by an org member", "bob", "/triage accepted", [], ["triage/accepted"]),
        new LabelCase("triage accepted refused for outsiders", "eve", "/triage accepted", [], [], Reply: "Only GitHub organization members can add the label."),
        new LabelCase("assign_on assigns the restricted label's users", "eve", "/kind api-change", [], ["kind/api-change"], Assignees: ["bob"]),
        new LabelCase("html comment hides the command", "eve", "<!-- /kind bug -->", [], []),
        new LabelCase("code block hides the command", "eve", "```\n/kind bug\n```", [], []),
        new LabelCase("kind glued to its argument is not a command", "eve", "/kindbug", [], []),
        new LabelCase("mixed add, remove and failure in one comment", "eve", "/kind feature\n/remove-kind bug\n/area nowhere", ["kind/bug"], ["kind/feature"], Reply: "`area/nowhere` cannot be applied"),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Command_UpdatesLabels(LabelCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        foreach (var label in RepoLabels)
        {
            await alice.CreateLabelAsync(PluginHarness.Org, harness.Repo, label, "ededed", null, ct);
        }

        await harness.AdminAsync(HttpMethod.Post, $"orgs/{PluginHarness.Org}/teams", new { name = "api-reviewers", members = new[] { "alice" } }, ct);
        var issue = await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "An issue", null, c.Initial, ct);

        await new LabelPlugin().HandleGenericCommentAsync(Context(harness), await harness.CommentAsync(issue.Number, c.User, c.Body, ct), ct);

        var labels = (await alice.GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, issue.Number, ct)).Select(l => l.Name).Order(StringComparer.Ordinal);
        Assert.Equal(c.Expect.Order(StringComparer.Ordinal), labels);
        var replies = (await alice.ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, issue.Number, ct)).Where(x => x.User.Login == PluginHarness.Bot).ToList();
        if (c.Reply is null)
        {
            Assert.Empty(replies);
        }
        else
        {
            Assert.Contains(c.Reply, Assert.Single(replies).Body, StringComparison.Ordinal);
        }

        var assignees = (await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, issue.Number, ct)).Assignees.Select(a => a.Login);
        Assert.Equal(c.Assignees ?? [], assignees);
    }

    [Fact]
    public async Task HandleGenericComment_LabelWithoutConfiguration_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        await harness.Client("alice").CreateLabelAsync(PluginHarness.Org, harness.Repo, "anything", "ededed", null, ct);
        var issue = await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "An issue", null, null, ct);

        await new LabelPlugin().HandleGenericCommentAsync(harness.Context(), await harness.CommentAsync(issue.Number, "bob", "/label anything", ct), ct);

        Assert.Empty(await harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, issue.Number, ct));
        var comments = await harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, issue.Number, ct);
        Assert.DoesNotContain(comments, x => x.User.Login == PluginHarness.Bot);
    }

    private static Framework.PluginContext Context(PluginHarness harness) => harness.Context(plugins: Plugins);

    private static PluginsConfig Plugins => PluginHarness.LoadPlugins(PluginsYaml);
}
