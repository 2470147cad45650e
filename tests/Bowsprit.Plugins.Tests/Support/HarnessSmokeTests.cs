using Bowsprit.Plugins.Framework;

namespace Bowsprit.Plugins.Tests.Support;

public sealed class HarnessSmokeTests
{
    [Fact]
    public async Task Harness_OpensPullAndBuildsEvents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);

        var pr = await harness.OpenPullAsync("bob", "smoke", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        var opened = await harness.PullRequestEventAsync(pr.Number, "opened", "bob", ct);
        var comment = await harness.CommentAsync(pr.Number, "alice", "/hold", ct);
        var generic = GenericComments.From(opened, "guid");

        Assert.Equal(pr.Head.Sha, opened.PullRequest.Head.Sha);
        Assert.True(comment.IsPullRequest);
        Assert.Equal("alice", comment.User.Login);
        Assert.Equal("created", generic!.Action);
        Assert.Equal("bob", generic.User.Login);
        Assert.Contains("hold", PluginEnablement.For(PluginHarness.LoadPlugins("plugins:\n  acme:\n    plugins: [hold]\n"), "acme", harness.Repo));
    }
}
