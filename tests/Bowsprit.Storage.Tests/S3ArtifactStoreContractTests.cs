using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Storage.Tests;

/// <summary>The contract against a real s3rver; each test works under its own key prefix.</summary>
public sealed class S3ArtifactStoreContractTests(S3rverFixture s3rver)
    : ArtifactStoreContractTests, IClassFixture<S3rverFixture>
{
    private readonly FakeTimeProvider _time = new();

    protected override async Task<IArtifactStore> CreateStoreAsync() =>
        await s3rver.CreateStoreAsync("tests/" + Guid.NewGuid().ToString("N"), _time, Ct);

    [Fact]
    public async Task AppendAsync_ReuploadsTheWholeLogOnceTheIntervalHasPassed()
    {
        var log = await Store.CreateLogAsync("logs/job/1/build-log.txt", Ct);
        await using (log)
        {
            await log.AppendAsync("a\n"u8.ToArray(), Ct);
            Assert.Equal("", await ReadAsync("logs/job/1/build-log.txt"));

            _time.Advance(TimeSpan.FromSeconds(10));
            await log.AppendAsync("b\n"u8.ToArray(), Ct);
            Assert.Equal("a\nb\n", await ReadAsync("logs/job/1/build-log.txt"));
        }
    }

    [Fact]
    public async Task PutAndGet_SmallObjects_LatencyIsReported()
    {
        const int Count = 20;
        var put = Stopwatch.StartNew();
        for (var i = 0; i < Count; i++)
        {
            await Store.WriteAsync($"latency/{i}.txt", "payload"u8.ToArray(), Ct);
        }

        put.Stop();
        var get = Stopwatch.StartNew();
        for (var i = 0; i < Count; i++)
        {
            await Store.ReadAsync($"latency/{i}.txt", Ct);
        }

        get.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"s3rver: PutObject {put.Elapsed.TotalMilliseconds / Count:F1} ms, GetObject {get.Elapsed.TotalMilliseconds / Count:F1} ms (mean of {Count})");
        Assert.Equal(Count, (await Store.ListAsync("latency", recursive: false, Ct)).Count);
    }

    private async Task<string> ReadAsync(string key) => Encoding.UTF8.GetString(await Store.ReadAsync(key, Ct));
}
