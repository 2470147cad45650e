using System.Text;
using Bowsprit.Core.Api;

namespace Bowsprit.Storage.Tests;

/// <summary>
/// What every <see cref="IArtifactStore"/> must do; run once per backend by the derived classes, so the local and
/// the S3 store cannot drift apart.
/// </summary>
public abstract class ArtifactStoreContractTests : IAsyncLifetime
{
    private IArtifactStore? _store;

    protected IArtifactStore Store => _store ?? throw new InvalidOperationException("Not initialised.");

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _store = await CreateStoreAsync().ConfigureAwait(false);

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        (_store as IDisposable)?.Dispose();
        return ValueTask.CompletedTask;
    }

    protected abstract Task<IArtifactStore> CreateStoreAsync();

    [Fact]
    public async Task WriteAsync_ThenReadAsync_ReturnsSameBytesAndOverwriteReplaces()
    {
        await Store.WriteAsync("logs/job/1/started.json", "first version"u8.ToArray(), Ct);
        await Store.WriteAsync("logs/job/1/started.json", "second"u8.ToArray(), Ct);

        Assert.Equal("second", Encoding.UTF8.GetString(await Store.ReadAsync("logs/job/1/started.json", Ct)));
    }

    [Fact]
    public async Task ReadAsync_MissingKey_ThrowsFileNotFoundAndExistsIsFalse()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.ReadAsync("logs/none/1/build-log.txt", Ct));
        Assert.False(await Store.ExistsAsync("logs/none/1/build-log.txt", Ct));

        await Store.WriteAsync("logs/none/1/build-log.txt", "x"u8.ToArray(), Ct);
        Assert.True(await Store.ExistsAsync("logs/none/1/build-log.txt", Ct));
    }

    [Fact]
    public async Task WriteAsync_NineMebibyteStream_RoundTripsByteExact()
    {
        var content = new byte[(9 * 1024 * 1024) + 17];
        new Random(42).NextBytes(content);

        await Store.WriteAsync("logs/big/1/artifacts/blob.bin", new MemoryStream(content), Ct);

        Assert.Equal(content, await Store.ReadAsync("logs/big/1/artifacts/blob.bin", Ct));
        using var copy = new MemoryStream();
        await Store.CopyToAsync("logs/big/1/artifacts/blob.bin", copy, Ct);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task WriteAsync_NonSeekableStreamOfSeveralParts_RoundTripsByteExact()
    {
        var content = new byte[(17 * 1024 * 1024) + 3];
        new Random(7).NextBytes(content);

        await Store.WriteAsync("logs/big/2/artifacts/stream.bin", new NonSeekableStream(content), Ct);

        Assert.Equal(content, await Store.ReadAsync("logs/big/2/artifacts/stream.bin", Ct));
    }

    [Fact]
    public async Task ListAsync_OneLevelShowsFilesAndSubdirectories_RecursiveShowsAllFiles()
    {
        foreach (var key in new[] { "top.txt", "a/1.txt", "a/b/2.txt", "a/b/c/3.txt", "ab/4.txt" })
        {
            await Store.WriteAsync(key, "12345"u8.ToArray(), Ct);
        }

        var level = await Store.ListAsync("a", recursive: false, Ct);
        Assert.Equal(
            [new ArtifactEntry("a/1.txt", false, 5), new ArtifactEntry("a/b/", true, null)],
            level);
        var all = await Store.ListAsync("a/", recursive: true, Ct);
        Assert.Equal(["a/1.txt", "a/b/2.txt", "a/b/c/3.txt"], all.Select(e => e.Key));
        var root = await Store.ListAsync("", recursive: false, Ct);
        Assert.Equal(["a/", "ab/", "top.txt"], root.Select(e => e.Key));
        Assert.Empty(await Store.ListAsync("missing", recursive: true, Ct));
    }

    [Fact]
    public async Task CreateLogAsync_AppendedContentIsReadableWhileTheLogIsOpen()
    {
        var log = await Store.CreateLogAsync("logs/job/7/build-log.txt", Ct);
        await using (log)
        {
            Assert.Equal("", await ReadTextAsync("logs/job/7/build-log.txt"));

            await log.AppendAsync("step 1\n"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            Assert.Equal("step 1\n", await ReadTextAsync("logs/job/7/build-log.txt"));

            await log.AppendAsync("step 2\n"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            Assert.Equal("step 1\nstep 2\n", await ReadTextAsync("logs/job/7/build-log.txt"));

            await log.AppendAsync("done\n"u8.ToArray(), Ct);
        }

        Assert.Equal("step 1\nstep 2\ndone\n", await ReadTextAsync("logs/job/7/build-log.txt"));
    }

    [Fact]
    public async Task DeleteDirectoryAsync_DeletesEverythingUnderItAndNothingBeside()
    {
        foreach (var key in new[] { "pr/1/a.txt", "pr/1/deep/b.txt", "pr/10/c.txt", "pr/1.txt" })
        {
            await Store.WriteAsync(key, "x"u8.ToArray(), Ct);
        }

        Assert.Equal(2, await Store.DeleteDirectoryAsync("pr/1", Ct));

        Assert.Equal(["pr/1.txt", "pr/10/c.txt"], (await Store.ListAsync("pr", recursive: true, Ct)).Select(e => e.Key));
        Assert.Equal(0, await Store.DeleteDirectoryAsync("pr/1", Ct));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("logs/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("logs//x")]
    [InlineData("logs/./x")]
    [InlineData("logs\\x")]
    [InlineData("logs/")]
    [InlineData("")]
    public async Task Operations_KeyOutsideTheStoreOrMalformed_AreRefused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.WriteAsync(key, "x"u8.ToArray(), Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ExistsAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateLogAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.GetSizeAsync(key, Ct));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.ReadRangeAsync(key, 0, new byte[4], Ct));
    }

    [Fact]
    public async Task ReadRangeAsync_ReturnsTheRequestedSliceAndShortReadsAtTheEnd()
    {
        var content = new byte[(3 * 1024 * 1024) + 11];
        new Random(3).NextBytes(content);
        await Store.WriteAsync("logs/range/1/build-log.txt", content, Ct);

        Assert.Equal(content.Length, await Store.GetSizeAsync("logs/range/1/build-log.txt", Ct));
        var middle = new byte[70_000];
        Assert.Equal(middle.Length, await Store.ReadRangeAsync("logs/range/1/build-log.txt", 1_234_567, middle, Ct));
        Assert.Equal(content.AsSpan(1_234_567, middle.Length).ToArray(), middle);

        var tail = new byte[100];
        Assert.Equal(11, await Store.ReadRangeAsync("logs/range/1/build-log.txt", content.Length - 11, tail, Ct));
        Assert.Equal(content.AsSpan(content.Length - 11).ToArray(), tail.AsSpan(0, 11).ToArray());
        Assert.Equal(0, await Store.ReadRangeAsync("logs/range/1/build-log.txt", content.Length, tail, Ct));
        Assert.Equal(0, await Store.ReadRangeAsync("logs/range/1/build-log.txt", content.Length + 500, tail, Ct));
    }

    [Fact]
    public async Task ReadRangeAsync_AndGetSizeAsync_MissingObject()
    {
        Assert.Null(await Store.GetSizeAsync("logs/none/9/build-log.txt", Ct));
        await Assert.ThrowsAsync<FileNotFoundException>(() => Store.ReadRangeAsync("logs/none/9/build-log.txt", 0, new byte[8], Ct));
    }

    [Fact]
    public async Task ReadRangeAsync_GrowingLog_SeesAppendedBytesAfterFlush()
    {
        var log = await Store.CreateLogAsync("logs/grow/1/build-log.txt", Ct);
        await using (log)
        {
            await log.AppendAsync("line 1\n"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            var size = await Store.GetSizeAsync("logs/grow/1/build-log.txt", Ct);
            Assert.Equal(7, size);

            await log.AppendAsync("line 2\n"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            var rest = new byte[64];
            var read = await Store.ReadRangeAsync("logs/grow/1/build-log.txt", size!.Value, rest, Ct);
            Assert.Equal("line 2\n", Encoding.UTF8.GetString(rest, 0, read));
        }
    }

    [Fact]
    public async Task StartedJson_WrittenAtThePresubmitJobDirectory_ReadsBack()
    {
        var job = new ArtifactJob(ProwJobType.Presubmit, "pull-unit", "1001", "acme", "widgets", 12);
        var directory = ArtifactPaths.JobDirectory(job, new PathStrategyOptions(PathStrategy.Explicit));
        var started = new Started { Timestamp = 1_700_000_000, Pull = "12", RepoCommit = "abc" };

        await Store.WriteAsync($"{directory}/{Started.FileName}", ArtifactMetadataJson.Serialize(started), Ct);

        var listed = await Store.ListAsync("pr-logs/pull/acme_widgets/12/pull-unit/1001", recursive: false, Ct);
        Assert.Equal("pr-logs/pull/acme_widgets/12/pull-unit/1001/started.json", Assert.Single(listed).Key);
        Assert.Equal(started, ArtifactMetadataJson.ReadStarted(await Store.ReadAsync(listed[0].Key, Ct)));
    }

    [Fact]
    public async Task JobArtifacts_PresubmitRun_WritesMetadataMarkersAndAlias()
    {
        var job = new ArtifactJob(ProwJobType.Presubmit, "pull-lint", "2002", "acme", "widgets", 5);
        var options = new PathStrategyOptions(PathStrategy.Single, "acme", "widgets");
        var bucket = StoragePath.Parse("gs://ci-artifacts");

        await JobArtifacts.WriteStartedAsync(Store, job, options, bucket, new Started { Timestamp = 1 }, Ct);
        await JobArtifacts.WriteFinishedAsync(Store, job, options, new Finished { Passed = true, Result = "SUCCESS" }, Ct);

        Assert.Equal(
        [
            "pr-logs/directory/pull-lint/2002.txt",
            "pr-logs/directory/pull-lint/latest-build.txt",
            "pr-logs/pull/5/pull-lint/2002/finished.json",
            "pr-logs/pull/5/pull-lint/2002/started.json",
            "pr-logs/pull/5/pull-lint/latest-build.txt",
        ], (await Store.ListAsync("pr-logs", recursive: true, Ct)).Select(e => e.Key));
        Assert.Equal("gs://ci-artifacts/pr-logs/pull/5/pull-lint/2002", await ReadTextAsync("pr-logs/directory/pull-lint/2002.txt"));
        Assert.Equal("2002", await ReadTextAsync("pr-logs/pull/5/pull-lint/latest-build.txt"));
    }

    private async Task<string> ReadTextAsync(string key) => Encoding.UTF8.GetString(await Store.ReadAsync(key, Ct));
}
