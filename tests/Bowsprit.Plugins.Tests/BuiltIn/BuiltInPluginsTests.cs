using Bowsprit.Core.Plugins;
using Bowsprit.GitHub.Webhooks;
using Bowsprit.Plugins.Framework;
using Bowsprit.Plugins.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bowsprit.Plugins.Tests.BuiltIn;

public sealed class BuiltInPluginsTests
{
    [Fact]
    public void Create_EveryPlugin_IsKnownUniqueAndDocumented()
    {
        var plugins = BuiltInPlugins.Create();

        Assert.Equal(plugins.Count, plugins.Select(p => p.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(plugins, p =>
        {
            Assert.Contains(p.Name, KnownPlugins.Names);
            var help = p.Help(new PluginsConfig());
            Assert.False(string.IsNullOrWhiteSpace(help.Description), p.Name);
            Assert.All(help.Commands, c => Assert.False(string.IsNullOrWhiteSpace(c.Usage) || string.IsNullOrWhiteSpace(c.WhoCanUse) || c.Examples.Count == 0, p.Name));
            Assert.True(p is IGenericCommentHandler or IPullRequestHandler, p.Name);
        });
    }

    [Fact]
    public async Task Dispatch_IssueComment_RunsOnlyEnabledPlugins()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        var pr = await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        var body = "/hold\n/lifecycle stale\n/assign";
        var comment = await harness.Client("bob").CreateCommentAsync(PluginHarness.Org, harness.Repo, pr.Number, body, ct);
        var payload = new IssueCommentEvent
        {
            Action = "created",
            Issue = await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, pr.Number, ct),
            Comment = comment,
            Repository = await alice.GetRepositoryAsync(PluginHarness.Org, harness.Repo, ct),
            Sender = comment.User,
        };
        var plugins = PluginHarness.LoadPlugins($"plugins:\n  acme:\n    plugins: [hold, assign]\n  acme/{harness.Repo}:\n    plugins: [wip]\n");
        var dispatcher = new PluginDispatcher(BuiltInPlugins.Create(), NullLogger<PluginDispatcher>.Instance);

        var outcomes = await dispatcher.DispatchAsync(harness.Context(plugins: plugins), "issue_comment", payload, ct);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.Error?.ToString()));
        Assert.Equal(["assign", "hold"], outcomes.Select(o => o.Plugin).Order(StringComparer.Ordinal));
        var issue = await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, pr.Number, ct);
        Assert.Equal(["do-not-merge/hold"], issue.Labels.Select(l => l.Name));
        Assert.Equal(["bob"], issue.Assignees.Select(a => a.Login));
    }
}
