using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Welcome;

namespace Bowsprit.Plugins.Tests.Welcome;

public sealed class WelcomePluginTests
{
    private const string Default = "Welcome @eve! It looks like this is your first PR to acme/{repo} 🎉";

    public static TheoryData<WelcomeCase> Cases => new()
    {
        new WelcomeCase("first PR by a newcomer gets the default welcome", "eve", Default),
        new WelcomeCase("a newcomer's later PR is not welcomed", "eve", null, EarlierPulls: 1),
        new WelcomeCase("a closed earlier PR still counts", "eve", null, EarlierPulls: 2),
        new WelcomeCase("org members are not newcomers", "bob", null),
        new WelcomeCase("always_post welcomes members too", "bob", "Welcome @bob! It looks like this is your first PR to acme/{repo} 🎉",
            PluginsYaml: "welcome:\n- repos: [acme]\n  always_post: true\n"),
        new WelcomeCase("always_post welcomes again", "eve", Default, EarlierPulls: 1, PluginsYaml: "welcome:\n- repos: [acme]\n  always_post: true\n"),
        new WelcomeCase("the repo's template wins over the org's", "eve", "Hi Eve Example (eve), welcome to acme/{repo}!",
            PluginsYaml: "welcome:\n- repos: [acme]\n  message_template: org-wide\n- repos: [acme/{repo}]\n  message_template: \"Hi {{.AuthorName}} ({{.AuthorLogin}}), welcome to {{.Org}}/{{.Repo}}!\"\n"),
        new WelcomeCase("the org's template applies to its repos", "eve", "Thanks eve!", PluginsYaml: "welcome:\n- repos: [acme]\n  message_template: \"Thanks {{.AuthorLogin}}!\"\n"),
        new WelcomeCase("other actions are ignored", "eve", null, Action: "reopened"),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task HandlePullRequest_Opened_WelcomesNewcomers(WelcomeCase c)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await PluginHarness.StartAsync(ct);
        await harness.AdminAsync(HttpMethod.Post, "users", new { login = "eve", name = "Eve Example" }, ct);
        for (var i = 0; i < c.EarlierPulls; i++)
        {
            var earlier = await harness.OpenPullAsync(c.Author, $"earlier{i}", new Dictionary<string, string?> { [$"e{i}.txt"] = "1" }, ct);
            if (i == 0)
            {
                await harness.Client("alice").UpdateIssueAsync(PluginHarness.Org, harness.Repo, earlier.Number, state: "closed", ct: ct);
            }
        }

        var pr = await harness.OpenPullAsync(c.Author, "change", new Dictionary<string, string?> { ["a.txt"] = "1" }, ct);
        var plugins = c.PluginsYaml is null ? null : PluginHarness.LoadPlugins(c.PluginsYaml.Replace("{repo}", harness.Repo, StringComparison.Ordinal));

        await new WelcomePlugin().HandlePullRequestAsync(harness.Context(plugins: plugins), await harness.PullRequestEventAsync(pr.Number, c.Action, c.Author, ct), ct);

        var comments = await harness.Client("alice").ListIssueCommentsAsync(PluginHarness.Org, harness.Repo, pr.Number, ct);
        if (c.Expect is null)
        {
            Assert.Empty(comments);
        }
        else
        {
            var welcome = Assert.Single(comments);
            Assert.Equal(PluginHarness.Bot, welcome.User.Login);
            Assert.Equal(c.Expect.Replace("{repo}", harness.Repo, StringComparison.Ordinal), welcome.Body);
        }
    }
}
