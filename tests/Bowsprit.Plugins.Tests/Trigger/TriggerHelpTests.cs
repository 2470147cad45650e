using Bowsprit.Plugins.Tests.Support;
using Bowsprit.Plugins.Trigger;

namespace Bowsprit.Plugins.Tests.Trigger;

public sealed class TriggerHelpTests
{
    [Fact]
    public void Help_DescribesCommandsAndPerRepoTrust()
    {
        var plugins = PluginHarness.LoadPlugins("triggers:\n- repos: [acme, acme/web]\n  only_org_members: true\n  trusted_apps: [ci-app]\n");

        var help = new TriggerPlugin().Help(plugins);

        Assert.Equal("trigger", new TriggerPlugin().Name);
        Assert.Contains("trusted", help.Description);
        Assert.Equal(["/ok-to-test", "/ok-to-test cancel", "/test (<job name>|all|?)", "/retest", "/retest-required", "/test-manual-required"], help.Commands.Select(c => c.Usage));
        Assert.All(help.Commands, c => Assert.False(string.IsNullOrEmpty(c.WhoCanUse)));
        Assert.Equal(["acme", "acme/web"], help.Config.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("Only members of the 'acme' organization", help.Config["acme/web"]);
        Assert.Contains("ci-app", help.Config["acme"]);
    }
}
