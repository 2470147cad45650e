using Bowsprit.Core.Plugins;
using Bowsprit.Hook.Tests.Support;
using Bowsprit.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bowsprit.Hook.Tests.Inbox;

public sealed class ConfigReloadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FirstReads_FromManyThreadsAtOnce_AllGetTheOneLoadedConfig()
    {
        // hook's worker processes deliveries in parallel, so the first reads of Current race each other.
        using var loading = new ManualResetEventSlim();
        var loads = 0;
        var agent = new ConfigAgent<string>("test", () =>
        {
            Interlocked.Increment(ref loads);
            loading.Wait(TimeSpan.FromSeconds(5), Ct);
            return "loaded";
        }, () => [], TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance);

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => agent.Current, Ct)).ToList();
        await PollAsync(() => Volatile.Read(ref loads) == 1);
        loading.Set();
        var snapshots = await Task.WhenAll(readers);

        Assert.All(snapshots, s => Assert.Equal("loaded", s.Value));
        Assert.Single(snapshots.Select(s => s.Generation).Distinct());
        Assert.Equal(1, loads);
    }

    private static async Task PollAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10, Ct);
        }

        Assert.True(condition());
    }

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
