using Bowsprit.Plugins.Help;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Help;

public sealed class HelpPluginTests
{
    private const string HelpMarker = "This request has been marked as needing help from a contributor.";
    private const string GoodFirstMarker = "This request has been marked as suitable for new contributors.";
    private const string Help = HelpPlugin.HelpWantedLabel;
    private const string GoodFirst = HelpPlugin.GoodFirstIssueLabel;

    public static TheoryData<HelpCase> Cases => new()
    {
        new HelpCase("help adds help wanted with guidelines", null, "/help", [Help], HelpComments: 1, GoodFirstComments: 0),
        new HelpCase("good first issue adds both labels", null, "/good-first-issue", [GoodFirst, Help], HelpComments: 0, GoodFirstComments: 1),
        new HelpCase("good first issue on a help wanted issue", "/help", "/good-first-issue", [GoodFirst, Help], HelpComments: 1, GoodFirstComments: 1),
        new HelpCase("help twice comments once", "/help", "/help", [Help], HelpComments: 1, GoodFirstComments: 0),
        new HelpCase("remove-help removes both labels and prunes", "/help\n", "/remove-help", [], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("remove-help also drops good first issue", "/good-first-issue", "/remove-help", [], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("remove-good-first-issue keeps help wanted", "/good-first-issue", "/remove-good-first-issue", [Help], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("remove-help without the label does nothing", null, "/remove-help", [], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("help in a code block is ignored", null, "```\n/help\n```", [], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("help with trailing text is ignored", null, "/help me please", [], HelpComments: 0, GoodFirstComments: 0),
        new HelpCase("help on a pull request is ignored", null, "/help", [], HelpComments: 0, GoodFirstComments: 0, OnPull: true),
        new HelpCase("help on a closed issue is ignored", null, "/help", [], HelpComments: 0, GoodFirstComments: 0, Closed: true),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Command_ManagesLabelsAndGuidelines(HelpCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        var number = c.OnPull
            ? (await harness.OpenPullAsync("bob", "help", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct)).Number
            : (await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "Something to do", "details", null, ct)).Number;
        var plugin = new HelpPlugin();
        if (c.Setup is not null)
        {
            await plugin.HandleGenericCommentAsync(harness.Context(), await harness.CommentAsync(number, "bob", c.Setup, ct), ct);
        }

        if (c.Closed)
        {
            await alice.UpdateIssueAsync(PluginHarness.Org, harness.Repo, number, state: "closed", ct: ct);
        }

        await plugin.HandleGenericCommentAsync(harness.Context(), await harness.CommentAsync(number, "eve", c.Body, ct), ct);

        var labels = (await alice.GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, number, ct)).Select(l => l.Name).Order(StringComparer.Ordinal);
        Assert.Equal(c.ExpectLabels.Order(StringComparer.Ordinal), labels);
        var bot = (await alice.ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, number, ct)).Where(x => x.User.Login == PluginHarness.Bot).ToList();
        Assert.Equal(c.HelpComments, bot.Count(x => x.Body.Contains(HelpMarker, StringComparison.Ordinal)));
        Assert.Equal(c.GoodFirstComments, bot.Count(x => x.Body.Contains(GoodFirstMarker, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task HandleGenericComment_ConfiguredGuidelines_AreLinkedAndReplyQuotesCommand()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var issue = await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, "Something to do", null, null, ct);
        var plugins = PluginHarness.LoadPlugins("help:\n  help_guidelines_url: https://example.test/help.md\n  help_guidelines_summary: Say why it matters.\n");

        await new HelpPlugin().HandleGenericCommentAsync(harness.Context(plugins: plugins), await harness.CommentAsync(issue.Number, "eve", "/help", ct), ct);

        var reply = Assert.Single(await harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, issue.Number, ct), x => x.User.Login == PluginHarness.Bot);
        Assert.StartsWith("@eve: " + HelpMarker, reply.Body, StringComparison.Ordinal);
        Assert.Contains("(https://example.test/help.md)", reply.Body, StringComparison.Ordinal);
        Assert.Contains("Say why it matters.", reply.Body, StringComparison.Ordinal);
        Assert.Contains(">/help", reply.Body, StringComparison.Ordinal);
    }
}
