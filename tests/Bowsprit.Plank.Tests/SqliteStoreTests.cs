using Bowsprit.Core.Api;
using Bowsprit.Sqlite;

namespace Bowsprit.Plank.Tests;

public sealed class SqliteStoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("plank-sqlite-").FullName;

    [Fact]
    public async Task HappyPath_OnTheRealStore()
    {
        var store = await SqliteProwJobStore.OpenAsync(Path.Combine(_dir, "prowjobs.db"), PlankHarness.Ct);
        await using var h = new PlankHarness(store);
        h.Config.JobUrlTemplate = "https://prow.example/{{.Status.BuildID}}";
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("a"));

        var pending = await h.WaitForStartedAsync("a");
        Assert.Equal($"https://prow.example/{pending.Status.BuildId}", pending.Status.Url);
        h.Runtime.MarkRunning("a");
        h.Runtime.Finish("a", succeeded: true);

        var done = await h.WaitForStateAsync("a", ProwJobState.Success);
        Assert.Equal("Job succeeded.", done.Status.Description);
        Assert.Equal(1, h.Runtime.RunsCreated);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
