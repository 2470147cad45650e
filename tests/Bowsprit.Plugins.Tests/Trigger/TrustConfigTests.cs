using Bowsprit.Plugins.Tests.Support;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class TrustConfigTests
{
    public sealed record TrustCase(string Name, string PluginsYaml, string Author, bool EveIsCollaborator, bool EveInPartners, bool ExpectTrusted)
    {
        public override string ToString() => Name;
    }

    private const string AppLogin = "ci-app[bot]";

    public static TheoryData<TrustCase> Cases => new()
    {
        new TrustCase("outsider", "{}\n", "eve", false, false, false),
        new TrustCase("collaborator", "{}\n", "eve", true, false, true),
        new TrustCase("collaborator with only_org_members", "triggers:\n- repos: [acme]\n  only_org_members: true\n", "eve", true, false, false),
        new TrustCase("member with only_org_members", "triggers:\n- repos: [acme]\n  only_org_members: true\n", "bob", false, false, true),
        new TrustCase("trusted app", "triggers:\n- repos: [acme]\n  trusted_apps: [ci-app]\n", AppLogin, false, false, true),
        new TrustCase("app not listed", "triggers:\n- repos: [acme]\n  trusted_apps: [other-app]\n", AppLogin, false, false, false),
        new TrustCase("member of trusted_org", "triggers:\n- repos: [acme]\n  trusted_org: partners\n", "eve", false, true, true),
        new TrustCase("trusted_org of another repo's entry", "triggers:\n- repos: [acme/elsewhere]\n  trusted_org: partners\n", "eve", false, true, false),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task Opened_AuthorTrust_FollowsTriggerConfig(TrustCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var s = await TriggerScenario.StartAsync(ct, c.PluginsYaml);
        if (c.EveIsCollaborator)
        {
            await s.Harness.Client("alice").AddCollaboratorAsync(PluginHarness.Org, s.Repo, "eve", "push", ct);
        }

        if (c.EveInPartners)
        {
            await s.Harness.AdminAsync(HttpMethod.Post, "orgs", new { login = "partners" }, ct);
            await s.Harness.AdminAsync(HttpMethod.Put, "orgs/partners/members/eve", new { role = "member" }, ct);
        }

        // The forge has no app accounts (logins cannot contain brackets), so an app's PR is eve's PR as the app.
        var pr = await s.OpenPullAsync(c.Author == AppLogin ? "eve" : c.Author, ct);
        await s.PullRequestAsync(pr.Number, "opened", "eve", ct, e => e.PullRequest.User.Login = c.Author);

        Assert.Equal(c.ExpectTrusted ? TriggerJobs.AutomaticForSource : [], s.JobNames());
        Assert.Equal(c.ExpectTrusted ? [] : ["needs-ok-to-test"], await s.LabelsAsync(pr.Number, ct));
        if (!c.ExpectTrusted)
        {
            Assert.StartsWith($"Hi @{c.Author}.", Assert.Single(await s.BotCommentsAsync(pr.Number, ct)));
        }
    }

    [Theory]
    [InlineData("acme", "repo", "repo entry")]
    [InlineData("acme", "other", "org entry")]
    [InlineData("elsewhere", "repo", null)]
    public void TriggerConfigs_RepoEntryWinsOverOrgEntry(string org, string repo, string? expectedJoinUrl)
    {
        var plugins = PluginHarness.LoadPlugins(
            "triggers:\n- repos: [acme]\n  join_org_url: org entry\n- repos: [acme/repo]\n  join_org_url: repo entry\n- repos: [acme/repo]\n  join_org_url: later repo entry\n");

        Assert.Equal(expectedJoinUrl, plugins.TriggerFor(org, repo).JoinOrgUrl);
    }
}
