using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Testing;
using k8s;

namespace Bowsprit.Sqlite.Tests;

/// <summary>List + watch as every <see cref="IProwJobStore"/> must provide it (the SQLite store and the in-memory fake alike).</summary>
public abstract class ProwJobWatchContract : IAsyncLifetime
{
    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IProwJobStore Store { get; private set; } = null!;

    protected abstract Task<IProwJobStore> OpenAsync();

    public async ValueTask InitializeAsync() => Store = await OpenAsync();

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask CloseAsync() => ValueTask.CompletedTask;

    protected static ProwJob Job(string name) => new()
    {
        Metadata = new() { Name = name, Labels = new Dictionary<string, string> { [ProwJobLabels.Job] = "unit" } },
        Spec = new ProwJobSpec { Type = ProwJobType.Periodic, Job = "unit" },
        Status = new ProwJobStatus { State = ProwJobState.Triggered, StartTime = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero) },
    };

    protected static async Task<List<ProwJobWatchEvent>> TakeAsync(IAsyncEnumerable<ProwJobWatchEvent> watch, int count)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var events = new List<ProwJobWatchEvent>();
        await foreach (var change in watch.WithCancellation(timeout.Token))
        {
            events.Add(change);
            if (events.Count == count)
            {
                break;
            }
        }

        return events;
    }

    [Fact]
    public async Task ListThenWatch_SeesEveryLaterChangeInOrder_AndNothingBefore()
    {
        await Store.CreateAsync(Job("a"), Ct);
        await Store.CreateAsync(Job("b"), Ct);
        var list = await Store.ListAsync(ProwJobQuery.All, Ct);
        var watching = TakeAsync(Store.WatchAsync(list.ResourceVersion, Ct), 3);

        var a = list.Single(j => j.Name == "a");
        a.Status.State = ProwJobState.Pending;
        await Store.UpdateAsync(a, Ct);
        Assert.True(await Store.DeleteAsync("b", Ct));
        Assert.False(await Store.DeleteAsync("b", Ct));
        await Store.CreateAsync(Job("c"), Ct);
        var events = await watching;

        Assert.Equal("2", list.ResourceVersion);
        Assert.Equal(2, list.Count);
        Assert.Equal([(WatchEventType.Modified, "a"), (WatchEventType.Deleted, "b"), (WatchEventType.Added, "c")], events.Select(e => (e.Type, e.Job.Name)));
        Assert.Equal(ProwJobState.Pending, events[0].Job.Status.State);
        Assert.Equal(["3", "4", "5"], events.Select(e => e.Job.Metadata.ResourceVersion));
        Assert.Null(await Store.GetAsync("b", Ct));
    }

    [Fact]
    public async Task Watch_FromAnOldVersion_ReplaysTheChangesSinceThen()
    {
        var created = await Store.CreateAsync(Job("a"), Ct);
        created.Status.State = ProwJobState.Pending;
        var pending = await Store.UpdateAsync(created, Ct);
        pending.Status.State = ProwJobState.Success;
        await Store.UpdateAsync(pending, Ct);

        var events = await TakeAsync(Store.WatchAsync(created.Metadata.ResourceVersion, Ct), 2);

        Assert.Equal([ProwJobState.Pending, ProwJobState.Success], events.Select(e => e.Job.Status.State));
    }
}

public sealed class InMemoryProwJobWatchTests : ProwJobWatchContract
{
    protected override Task<IProwJobStore> OpenAsync() => Task.FromResult<IProwJobStore>(new InMemoryProwJobStore());
}

public sealed class SqliteProwJobWatchTests : ProwJobWatchContract
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "bowsprit-sqlite-tests", Guid.NewGuid().ToString("N"), "prowjobs.db");

    protected override async Task<IProwJobStore> OpenAsync() => await SqliteProwJobStore.OpenAsync(_path, Ct);

    protected override async ValueTask CloseAsync()
    {
        await ((SqliteProwJobStore)Store).DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    [Fact]
    public async Task Watch_ResumesAfterReopening_AndSeesWritesFromAnotherProcess()
    {
        var created = await Store.CreateAsync(Job("a"), Ct);
        await ((SqliteProwJobStore)Store).DisposeAsync();

        await using var reopened = await SqliteProwJobStore.OpenAsync(_path, Ct);
        var watching = TakeAsync(reopened.WatchAsync("0", Ct), 2);

        // A second connection stands in for another process (e.g. `bowsprit mkpj --create`): no in-process signal.
        await using (var other = await SqliteProwJobStore.OpenAsync(_path, Ct))
        {
            await other.CreateAsync(Job("b"), Ct);
        }

        var events = await watching;
        Assert.Equal([(WatchEventType.Added, "a"), (WatchEventType.Added, "b")], events.Select(e => (e.Type, e.Job.Name)));
        Assert.Equal(created.Metadata.ResourceVersion, events[0].Job.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task Watch_OlderThanTheKeptChanges_IsExpired()
    {
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(Path.GetDirectoryName(_path)!, "small.db"), Ct, changesKept: 5);
        for (var i = 0; i < 12; i++)
        {
            await store.CreateAsync(Job($"j{i}"), Ct);
        }

        var recent = await TakeAsync(store.WatchAsync("8", Ct), 4);

        await Assert.ThrowsAsync<ProwJobWatchExpiredException>(() => TakeAsync(store.WatchAsync("1", Ct), 1));
        Assert.Equal(["j8", "j9", "j10", "j11"], recent.Select(e => e.Job.Name));
    }
}
