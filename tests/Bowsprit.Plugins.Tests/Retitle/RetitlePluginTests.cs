using Bowsprit.Plugins.Retitle;
using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Retitle;

public sealed class RetitlePluginTests
{
    private const string Old = "Old title";
    private const string Untrusted = "Re-titling can only be requested by trusted users, like repository collaborators.";

    public static TheoryData<RetitleCase> Cases => new()
    {
        new RetitleCase("admin retitles an issue", "alice", "/retitle New title", "New title"),
        new RetitleCase("org member retitles a PR", "bob", "/retitle Better: title", "Better: title", OnPull: true),
        new RetitleCase("title is trimmed", "alice", "/retitle    Spaced out   \r\n", "Spaced out"),
        new RetitleCase("outsider is refused", "eve", "/retitle Mine now", Old, Reply: Untrusted),
        new RetitleCase("outside collaborator may retitle", "eve", "/retitle Mine now", "Mine now", EveCollaborates: true),
        new RetitleCase("only_org_members excludes collaborators", "eve", "/retitle Mine now", Old, Reply: Untrusted, EveCollaborates: true,
            PluginsYaml: "triggers:\n- repos: [acme]\n  only_org_members: true\n"),
        new RetitleCase("empty title is refused", "alice", "/retitle   ", Old, Reply: "Titles may not be empty."),
        new RetitleCase("closed issue is refused", "alice", "/retitle New title", Old, Reply: "Re-titling can only be requested on open issues and PRs.", Closed: true),
        new RetitleCase("closed issue allowed by config", "alice", "/retitle New title", "New title", Closed: true, PluginsYaml: "retitle:\n  allow_closed_issues: true\n"),
        new RetitleCase("command in a code block is ignored", "alice", "```\n/retitle New title\n```", Old),
        new RetitleCase("quoted command is ignored", "alice", "> /retitle New title", Old),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandleGenericComment_Retitle_ChangesTitle(RetitleCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        var alice = harness.Client("alice");
        if (c.EveCollaborates)
        {
            await alice.AddCollaboratorAsync(PluginHarness.Org, harness.Repo, "eve", "write", ct);
        }

        var number = c.OnPull
            ? (await harness.OpenPullAsync("bob", "change", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct, title: Old)).Number
            : (await harness.Client("bob").CreateIssueAsync(PluginHarness.Org, harness.Repo, Old, null, null, ct)).Number;
        if (c.Closed)
        {
            await alice.UpdateIssueAsync(PluginHarness.Org, harness.Repo, number, state: "closed", ct: ct);
        }

        var plugins = c.PluginsYaml is null ? null : PluginHarness.LoadPlugins(c.PluginsYaml);
        await new RetitlePlugin().HandleGenericCommentAsync(harness.Context(plugins: plugins), await harness.CommentAsync(number, c.User, c.Body, ct), ct);

        Assert.Equal(c.ExpectTitle, (await alice.GetIssueAsync(PluginHarness.Org, harness.Repo, number, ct)).Title);
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
