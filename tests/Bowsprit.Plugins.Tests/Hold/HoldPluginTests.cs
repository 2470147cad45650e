using Bowsprit.Plugins.Hold;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Hold;

public sealed class HoldPluginTests
{
    public static TheoryData<HoldCase> Cases => new()
    {
        new HoldCase("requested hold", "/hold", HadLabel: false, ExpectLabel: true),
        new HoldCase("hold with a reason", "/hold until the release is cut", HadLabel: false, ExpectLabel: true),
        new HoldCase("upper case", "/HOLD", HadLabel: false, ExpectLabel: true),
        new HoldCase("hold on a later line", "looks risky\r\n/hold", HadLabel: false, ExpectLabel: true),
        new HoldCase("quoted hold is ignored", "> /hold", HadLabel: false, ExpectLabel: false),
        new HoldCase("hold in a code block is ignored", "```\n/hold\n```", HadLabel: false, ExpectLabel: false),
        new HoldCase("hold inside a sentence is ignored", "please /hold", HadLabel: false, ExpectLabel: false),
        new HoldCase("holdx is not hold", "/holdx", HadLabel: false, ExpectLabel: false),
        new HoldCase("hold cancel removes", "/hold cancel", HadLabel: true, ExpectLabel: false),
        new HoldCase("remove-hold removes", "/remove-hold", HadLabel: true, ExpectLabel: false),
        new HoldCase("unhold removes", "/unhold", HadLabel: true, ExpectLabel: false),
        new HoldCase("cancel wins over hold", "/hold\n/hold cancel", HadLabel: true, ExpectLabel: false),
        new HoldCase("hold when held keeps the label", "/hold", HadLabel: true, ExpectLabel: true),
        new HoldCase("cancel without hold does nothing", "/hold cancel", HadLabel: false, ExpectLabel: false),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Comment_SetsHoldLabel(HoldCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var pr = await harness.OpenPullAsync("bob", "hold", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        if (c.HadLabel)
        {
            await harness.Client("alice").AddLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, [HoldPlugin.Label], ct);
        }

        var comment = await harness.CommentAsync(pr.Number, "eve", c.Body, ct);
        await new HoldPlugin().HandleGenericCommentAsync(harness.Context(), comment, ct);

        var labels = await harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct);
        Assert.Equal(c.ExpectLabel, labels.Exists(l => l.Name == HoldPlugin.Label));
        Assert.DoesNotContain(await harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct), x => x.User.Login == PluginHarness.Bot);
    }

    [Fact]
    public async Task HandleGenericComment_EditedComment_IsIgnored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var pr = await harness.OpenPullAsync("bob", "hold", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        var comment = await harness.CommentAsync(pr.Number, "bob", "/hold", ct);

        await new HoldPlugin().HandleGenericCommentAsync(harness.Context(), comment with { Action = "edited" }, ct);

        Assert.Empty(await harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct));
    }
}
