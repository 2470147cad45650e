using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Wip;

namespace Bowsprit.Plugins.Tests.Wip;

public sealed class WipPluginTests
{
    public static TheoryData<WipCase> Cases => new()
    {
        new WipCase("WIP colon prefix", "WIP: add a thing", Draft: false, HadLabel: false, "opened", ExpectLabel: true),
        new WipCase("bracketed WIP", "[WIP] add a thing", Draft: false, HadLabel: false, "opened", ExpectLabel: true),
        new WipCase("lower-case wip", "wip add a thing", Draft: false, HadLabel: false, "opened", ExpectLabel: true),
        new WipCase("WIP glued to a word is not WIP", "WIPE the cache", Draft: false, HadLabel: false, "opened", ExpectLabel: false),
        new WipCase("WIP mid-title is not WIP", "Fix WIP handling", Draft: false, HadLabel: false, "opened", ExpectLabel: false),
        new WipCase("draft PR", "Add a thing", Draft: true, HadLabel: false, "opened", ExpectLabel: true),
        new WipCase("ready for review removes", "Add a thing", Draft: false, HadLabel: true, "ready_for_review", ExpectLabel: false),
        new WipCase("retitled without WIP removes", "Add a thing", Draft: false, HadLabel: true, "edited", ExpectLabel: false),
        new WipCase("converted to draft adds", "Add a thing", Draft: true, HadLabel: false, "converted_to_draft", ExpectLabel: true),
        new WipCase("push keeps a WIP label", "WIP: add a thing", Draft: false, HadLabel: true, "synchronize", ExpectLabel: true),
        new WipCase("reopened WIP adds", "WIP: add a thing", Draft: false, HadLabel: false, "reopened", ExpectLabel: true),
        new WipCase("other actions are ignored", "WIP: add a thing", Draft: false, HadLabel: false, "labeled", ExpectLabel: false),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandlePullRequest_TitleAndDraft_DecideLabel(WipCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var pr = await harness.OpenPullAsync("bob", "wip", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct, title: c.Title, draft: c.Draft);
        if (c.HadLabel)
        {
            await harness.Client("alice").AddLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, [WipPlugin.Label], ct);
        }

        await new WipPlugin().HandlePullRequestAsync(harness.Context(), await harness.PullRequestEventAsync(pr.Number, c.Action, "bob", ct), ct);

        var labels = await harness.Client("alice").GetIssueLabelsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct);
        Assert.Equal(c.ExpectLabel, labels.Exists(l => l.Name == WipPlugin.Label));
    }
}
