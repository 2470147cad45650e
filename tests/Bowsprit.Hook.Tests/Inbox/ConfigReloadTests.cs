using Bowsprit.Core.Plugins;
using Bowsprit.Hook.Tests.Support;
using Bowsprit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Hook.Tests.Inbox;

public sealed class ConfigReloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PluginsYaml_ChangeIsPickedUpAndInvalidChangeKeepsLastGood()
    {
        await using var hook = HookFixture.Create("plugins:\n  acme:\n    plugins: [other]\n");
        var recorder = new RecordingPlugin();
        await hook.StartAsync([recorder], Ct);
        var agent = hook.Services.GetRequiredService<ConfigAgent<PluginsConfig>>();
        await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, "before"), Ct);
        await hook.DrainAsync(Ct);

        await File.WriteAllTextAsync(hook.PluginsPath, "plugins:\n  acme:\n    plugins: [recorder]\n", Ct);
        File.SetLastWriteTimeUtc(hook.PluginsPath, DateTime.UtcNow.AddSeconds(5));
        Assert.True(agent.Reload());
        await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, "after"), Ct);
        await hook.DrainAsync(Ct);

        await File.WriteAllTextAsync(hook.PluginsPath, "plugins:\n  acme:\n    plugins: [recorder\n", Ct);
        File.SetLastWriteTimeUtc(hook.PluginsPath, DateTime.UtcNow.AddSeconds(10));
        Assert.False(agent.Reload());
        await hook.PostAsync("issue_comment", HookFixture.Comment("acme", "widgets", 1, "still"), Ct);
        await hook.DrainAsync(Ct);

        Assert.Equal(["comment:1:after", "comment:1:still"], recorder.Seen);
        Assert.Equal(2, agent.Current.Generation);
    }
}
