using System.Text;

namespace Bowsprit.Storage.Tests;

public sealed class LocalArtifactStoreContractTests : ArtifactStoreContractTests
{
    private readonly string _root = Path.Join(Path.GetTempPath(), "bowsprit-storage-" + Guid.NewGuid().ToString("N"));

    protected override Task<IArtifactStore> CreateStoreAsync() =>
        Task.FromResult<IArtifactStore>(new LocalArtifactStore(_root));

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task AppendAsync_IsVisibleInTheFileWithoutFlush()
    {
        var log = await Store.CreateLogAsync("logs/job/1/build-log.txt", Ct);
        await using (log)
        {
            await log.AppendAsync("running\n"u8.ToArray(), Ct);

            Assert.Equal("running\n", Encoding.UTF8.GetString(await Store.ReadAsync("logs/job/1/build-log.txt", Ct)));
        }
    }

    [Fact]
    public void PathFor_KeyThroughSymbolicDotsOrAbsolute_NeverLeavesTheRoot()
    {
        var store = (LocalArtifactStore)Store;

        Assert.Equal(Path.Join(store.RootDirectory, "logs", "x"), store.PathFor("logs/x"));
        Assert.Throws<ArgumentException>(() => store.PathFor("a/../../x"));
        Assert.Throws<ArgumentException>(() => store.PathFor(Path.Join(Path.GetTempPath(), "x")));
    }

    [Fact]
    public async Task ListAsync_HidesTemporaryFilesOfWritesInProgress()
    {
        await Store.WriteAsync("logs/j/1/finished.json", "{}"u8.ToArray(), Ct);
        var root = ((LocalArtifactStore)Store).RootDirectory;
        await File.WriteAllTextAsync(Path.Join(root, "logs", "j", "1", ".finished.json.0.bowsprit-tmp"), "{", Ct);

        Assert.Equal(["logs/j/1/finished.json"], (await Store.ListAsync("logs/j/1", false, Ct)).Select(e => e.Key));
    }
}
