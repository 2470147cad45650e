using System.Text;
using System.Text.Json;
using Bowsprit.Spyglass.Tests.Support;
using Bowsprit.Storage;
using Bowsprit.Storage.Tests;

namespace Bowsprit.Spyglass.Tests;

/// <summary>Spyglass over an S3 bucket (a real s3rver): Range GETs page through the log, and a growing S3 log is followed.</summary>
public sealed class S3BucketTests(S3rverFixture s3rver) : IClassFixture<S3rverFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task View_S3Run_LinesFromTheMiddleOfAMultiChunkLog_AndSearch()
    {
        using var store = await s3rver.CreateStoreAsync("spyglass/" + Guid.NewGuid().ToString("N"), TimeProvider.System, Ct);
        await using var spyglass = await SpyglassFixture.StartAsync(Ct, o => o.AddBucket("s3", S3rverFixture.Bucket, store));
        const string Run = "logs/s3-job/11";
        var log = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            log.Append(i == 33_333 ? "ERROR: deep in the log" : $"line {i:D6} {new string('.', 60)}").Append('\n');
        }

        await store.WriteAsync($"{Run}/build-log.txt", Encoding.UTF8.GetBytes(log.ToString()), Ct);
        await store.WriteAsync($"{Run}/finished.json", ArtifactMetadataJson.Serialize(new Finished { Passed = false, Result = "FAILURE" }), Ct);
        var api = $"{spyglass.Url}/spyglass/log/s3/{S3rverFixture.Bucket}/{Run}?file=build-log.txt";

        var html = await spyglass.Http.GetStringAsync($"{spyglass.Url}/view/s3/{S3rverFixture.Bucket}/{Run}", Ct);
        var index = await JsonAsync(spyglass, api + "&op=index");
        var window = await JsonAsync(spyglass, api + "&op=lines&from=33332&count=3");
        var search = await JsonAsync(spyglass, api + "&op=search&q=deep+in");

        Assert.Contains("line 000000", html, StringComparison.Ordinal);
        Assert.Equal(40_000, index.GetProperty("total").GetInt64());
        Assert.Equal([33_333L], index.GetProperty("hl").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal("ERROR: deep in the log", window.GetProperty("lines")[1].GetString());
        Assert.Equal(33_333, search.GetProperty("matches")[0].GetProperty("n").GetInt64());
    }

    [Fact]
    public async Task Tail_GrowingS3Log_ThenFinished()
    {
        using var store = await s3rver.CreateStoreAsync("spyglass/" + Guid.NewGuid().ToString("N"), TimeProvider.System, Ct);
        await using var spyglass = await SpyglassFixture.StartAsync(Ct, o => o.AddBucket("s3", S3rverFixture.Bucket, store));
        const string Run = "logs/s3-job/12";
        var api = $"{spyglass.Url}/spyglass/log/s3/{S3rverFixture.Bucket}/{Run}?file=build-log.txt";
        var seen = new List<string>();
        var (line, offset) = (0L, 0L);
        async Task<bool> TailAsync()
        {
            var tail = await JsonAsync(spyglass, api + $"&op=tail&line={line}&offset={offset}");
            var lines = tail.GetProperty("lines").EnumerateArray().Select(e => e.GetString()!).ToList();
            seen.AddRange(lines);
            line += lines.Count;
            offset = tail.GetProperty("offset").GetInt64();
            return tail.GetProperty("finished").GetBoolean();
        }

        var log = await store.CreateLogAsync($"{Run}/build-log.txt", Ct);
        await using (log)
        {
            await log.AppendAsync("one\ntw"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            Assert.False(await TailAsync());
            Assert.Equal(["one"], seen);

            await log.AppendAsync("o\nthree"u8.ToArray(), Ct);
            await log.FlushAsync(Ct);
            Assert.False(await TailAsync());
            Assert.Equal(["one", "two"], seen);
        }

        await store.WriteAsync($"{Run}/finished.json", ArtifactMetadataJson.Serialize(new Finished { Passed = true, Result = "SUCCESS" }), Ct);
        Assert.True(await TailAsync());
        Assert.Equal(["one", "two", "three"], seen);
    }

    private static async Task<JsonElement> JsonAsync(SpyglassFixture spyglass, string url)
    {
        using var response = await spyglass.Http.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
