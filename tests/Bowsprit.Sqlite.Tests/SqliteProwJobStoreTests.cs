using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Sqlite.Tests;

public sealed class SqliteProwJobStoreTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "bowsprit-sqlite-tests", Guid.NewGuid().ToString("N"), "prowjobs.db");
    private SqliteProwJobStore _store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await SqliteProwJobStore.OpenAsync(_path, Ct);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    private static ProwJob Job(string name, string job = "unit", ProwJobState state = ProwJobState.Triggered, string pull = "1") => new()
    {
        Metadata = new() { Name = name, Labels = new Dictionary<string, string> { [ProwJobLabels.Job] = job, [ProwJobLabels.Pull] = pull } },
        Spec = new ProwJobSpec { Type = ProwJobType.Presubmit, Job = job },
        Status = new ProwJobStatus { State = state, StartTime = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero) },
    };

    [Fact]
    public async Task Create_ThenGet_RoundTripsWithVersion()
    {
        var created = await _store.CreateAsync(Job("a"), Ct);
        var fetched = await _store.GetAsync("a", Ct);

        Assert.Equal("1", created.Metadata.ResourceVersion);
        Assert.Equal(ProwJson.Serialize(created), ProwJson.Serialize(fetched));
        await Assert.ThrowsAsync<ProwJobConflictException>(() => _store.CreateAsync(Job("a"), Ct));
        Assert.Null(await _store.GetAsync("missing", Ct));
    }

    [Fact]
    public async Task Update_StaleVersion_IsRejected()
    {
        var created = await _store.CreateAsync(Job("b"), Ct);
        var first = created.DeepCopy();
        first.Status.State = ProwJobState.Pending;
        var updated = await _store.UpdateAsync(first, Ct);

        var stale = created.DeepCopy();
        stale.Status.State = ProwJobState.Aborted;

        await Assert.ThrowsAsync<ProwJobConflictException>(() => _store.UpdateAsync(stale, Ct));
        Assert.Equal(ProwJobState.Pending, (await _store.GetAsync("b", Ct))!.Status.State);
        Assert.NotEqual(created.Metadata.ResourceVersion, updated.Metadata.ResourceVersion);
    }

    [Fact]
    public async Task List_FiltersByLabelsTypeAndCompleteness()
    {
        await _store.CreateAsync(Job("c1", pull: "1"), Ct);
        await _store.CreateAsync(Job("c2", pull: "2"), Ct);
        await _store.CreateAsync(Job("c3", pull: "1", state: ProwJobState.Success), Ct);

        var pullOne = await _store.ListAsync(new ProwJobQuery { Labels = new Dictionary<string, string> { [ProwJobLabels.Pull] = "1" } }, Ct);
        var running = await _store.ListAsync(new ProwJobQuery { Incomplete = true }, Ct);
        var periodics = await _store.ListAsync(new ProwJobQuery { Type = ProwJobType.Periodic }, Ct);

        Assert.Equal(["c1", "c3"], pullOne.Select(j => j.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["c1", "c2"], running.Select(j => j.Name).Order(StringComparer.Ordinal));
        Assert.Empty(periodics);
    }

    [Fact]
    public async Task Reopen_KeepsJobsAndVersions()
    {
        await _store.CreateAsync(Job("d"), Ct);
        await _store.DisposeAsync();

        _store = await SqliteProwJobStore.OpenAsync(_path, Ct);
        var again = await _store.CreateAsync(Job("e"), Ct);

        Assert.NotNull(await _store.GetAsync("d", Ct));
        Assert.Equal("2", again.Metadata.ResourceVersion);
    }
}
