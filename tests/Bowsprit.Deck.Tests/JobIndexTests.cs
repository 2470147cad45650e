using Bowsprit.Core.Api;
using Bowsprit.Deck.Index;
using Bowsprit.Deck.Tests.Support;
using Bowsprit.Sqlite;

namespace Bowsprit.Deck.Tests;

/// <summary>The index follows the SQLite store (embedded backend) through list and watch.</summary>
public sealed class JobIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FollowsCreatesUpdatesAndDeletesInTheSqliteStore()
    {
        var dir = Directory.CreateTempSubdirectory("bowsprit-deck-index");
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(dir.FullName, "prowjobs.db"), Ct);
        await store.CreateAsync(TestJobs.Make("before-start", "org/a", name: "j0"), Ct);
        await using var deck = await DeckHost.StartAsync(store, c => new DeckOptions { Config = c, IndexRefreshDelay = TimeSpan.FromMilliseconds(10) }, ct: Ct);
        Assert.NotNull(deck.Index.Snapshot.Get("j0"));

        for (var i = 1; i <= 30; i++)
        {
            await store.CreateAsync(TestJobs.Make("after-start", "org/b", state: ProwJobState.Pending, minute: i, name: $"j{i}"), Ct);
        }

        var snapshot = await deck.WaitForIndexAsync(s => s.Jobs.Count == 31, Ct);
        Assert.Equal("j30", snapshot.Jobs[0].Name);

        var job = (await store.GetAsync("j5", Ct))!;
        job.Status.State = ProwJobState.Failure;
        await store.UpdateAsync(job, Ct);
        await store.DeleteAsync("j0", Ct);
        snapshot = await deck.WaitForIndexAsync(s => s.Get("j0") is null && s.Get("j5")?.State == ProwJobState.Failure, Ct);
        var (failed, total) = snapshot.Page(new JobFilter { State = ProwJobState.Failure }, static _ => true, 0, 10);
        Assert.Equal(1, total);
        Assert.Equal("j5", failed[0].Name);
    }
}
