using System.Text.Json.Nodes;

namespace Bowsprit.PodUtils.Tests;

public sealed class JobMetadataTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = _dir.File(name);
        await File.WriteAllTextAsync(path, content, TestContext.Current.CancellationToken);
        return path;
    }

    [Fact]
    public async Task MergeAsync_SeveralFiles_LaterKeysWinAndMissingFilesAreSkipped()
    {
        var first = await WriteAsync("a.json", """{"version":"1","shared":"a"}""");
        var second = await WriteAsync("b.json", """{"nested":{"x":true},"shared":"b"}""");

        var merged = await JobMetadata.MergeAsync([first, _dir.File("missing.json"), second], TestContext.Current.CancellationToken);

        Assert.Equal("""{"version":"1","shared":"b","nested":{"x":true}}""", merged.ToJsonString());
    }

    [Fact]
    public async Task MergeAsync_InvalidFiles_AreReportedUnderSidecarErrors()
    {
        var good = await WriteAsync("good.json", """{"ok":1}""");
        var array = await WriteAsync("array.json", "[1,2]");
        var broken = await WriteAsync("broken.json", "{not json");

        var merged = await JobMetadata.MergeAsync([good, array, broken], TestContext.Current.CancellationToken);

        Assert.Equal(1, merged["ok"]!.GetValue<int>());
        var errors = Assert.IsType<JsonObject>(merged[JobMetadata.ErrorsKey]);
        Assert.Contains("JSON object", errors[array]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("failed to read", errors[broken]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MergeAsync_NoFiles_IsEmptyObject()
    {
        var merged = await JobMetadata.MergeAsync([], TestContext.Current.CancellationToken);

        Assert.Equal("{}", merged.ToJsonString());
    }
}
