using System.Net;
using System.Text;
using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Spyglass.Tests.Support;

namespace Bowsprit.Spyglass.Tests;

/// <summary>The build log API over HTTP: index, windows by line number, tail across the live-to-archive switch, search.</summary>
public sealed class BuildLogApiTests
{
    private const string Run = "logs/periodic-build/5005";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Page_FirstScreenIsInTheHtml_WithAnsiSpansEscapedTextAndDefaultHighlights()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt",
            "\u001b[31mred <b>\u001b[0m plain\n" +
            "E1124 08:00:00.123] klog error\n" +
            "--- FAIL: TestX\n" +
            "no problem here: FAILED builds are fine\n" +
            "panic: runtime error\n" +
            "operation timed out\n", Ct);

        var html = await spyglass.Http.GetStringAsync(spyglass.ViewUrl(Run), Ct);

        Assert.Contains("<span class=\"sg-t\"><span class=\"af1\">red &lt;b&gt;</span> plain</span>", html, StringComparison.Ordinal);
        Assert.Equal([1, 2, 4, 5], HighlightedLines(html));
    }

    [Fact]
    public async Task IndexAndLines_WindowsAcrossIndexCheckpoints_KeepLineNumbers()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        var log = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            log.Append(i switch { 1234 => "ERROR: first", 4000 => "panic: second", _ => $"line {i}" }).Append('\n');
        }

        await spyglass.WriteAsync($"{Run}/build-log.txt", log.ToString(), Ct);

        var index = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "index"));
        Assert.Equal(5000, index.GetProperty("total").GetInt64());
        Assert.True(index.GetProperty("finished").GetBoolean());
        Assert.Equal([1234L, 4000L], index.GetProperty("hl").EnumerateArray().Select(e => e.GetInt64()));

        var window = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=2500&count=3"));
        Assert.Equal(2500, window.GetProperty("from").GetInt64());
        Assert.Equal(["line 2500", "line 2501", "line 2502"], Lines(window));

        var end = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=3999&count=10"));
        Assert.Equal(["line 3999", "panic: second", "line 4001"], Lines(end).Take(3));
        Assert.Equal([1L], end.GetProperty("hl").EnumerateArray().Select(e => e.GetInt64()));
        Assert.Equal(["line 4998", "line 4999"], Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=4998&count=10"))));
        Assert.Empty(Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=6000&count=10"))));
    }

    [Fact]
    public async Task Tail_WhileRunningOnlyCompleteLines_ThenTheLastLineOnceFinished_NothingTwiceNothingLost()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("periodic-build", "5005"), Ct);
        var path = spyglass.Store.PathFor($"{Run}/build-log.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "a\nb\npart", Ct);

        var index = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "index"));
        Assert.Equal(2, index.GetProperty("total").GetInt64());
        Assert.Equal(4, index.GetProperty("offset").GetInt64());
        Assert.False(index.GetProperty("finished").GetBoolean());

        var seen = new List<string> { "a", "b" };
        var (line, offset) = (2L, 4L);
        async Task<JsonElement> TailAsync()
        {
            var tail = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", $"&line={line}&offset={offset}"));
            Assert.Equal(line, tail.GetProperty("from").GetInt64());
            seen.AddRange(Lines(tail));
            line += Lines(tail).Count;
            offset = tail.GetProperty("offset").GetInt64();
            return tail;
        }

        Assert.False((await TailAsync()).GetProperty("finished").GetBoolean());
        Assert.Equal(2, seen.Count);

        await File.AppendAllTextAsync(path, "ial\nc\nlast without newline", Ct);
        Assert.False((await TailAsync()).GetProperty("finished").GetBoolean());
        Assert.Equal(["a", "b", "partial", "c"], seen);

        // The window API agrees with the tail on numbering while the job runs.
        Assert.Equal(["c"], Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=3&count=5"))));

        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        Assert.True((await TailAsync()).GetProperty("finished").GetBoolean());
        Assert.Equal(["a", "b", "partial", "c", "last without newline"], seen);

        var archived = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "index"));
        Assert.Equal(5, archived.GetProperty("total").GetInt64());
        Assert.True(archived.GetProperty("finished").GetBoolean());
        Assert.Equal(seen, Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=0&count=100"))));
    }

    [Fact]
    public async Task Lines_ColourSetLongBeforeTheWindow_IsStillOnInTheWindow()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        var log = new StringBuilder();
        for (var i = 0; i < 1500; i++)
        {
            log.Append(i switch { 10 => "\u001b[32mgreen from here", 1200 => "\u001b[0mreset", _ => $"line {i}" }).Append('\n');
        }

        await spyglass.WriteAsync($"{Run}/build-log.txt", log.ToString(), Ct);

        Assert.Equal(["<span class=\"af2\">line 700</span>"], Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=700&count=1"))));
        Assert.Equal(["line 1201"], Lines(await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=1201&count=1"))));
        var search = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "search", "&q=line+70"));
        Assert.Equal("line 70", search.GetProperty("matches")[0].GetProperty("html").GetString());
    }

    [Fact]
    public async Task Tail_ContinuesWithTheColourInForceAtItsOffset()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("periodic-build", "5005"), Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "plain\n\u001b[35mmagenta\n", Ct);

        var index = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "index"));
        var style = index.GetProperty("style").GetString()!;
        await spyglass.WriteAsync($"{Run}/build-log.txt", "plain\n\u001b[35mmagenta\nstill magenta\n", Ct);
        var tail = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", $"&line=2&offset={index.GetProperty("offset").GetInt64()}&style={style}"));

        Assert.NotEqual("", style);
        Assert.Equal(["<span class=\"af5\">still magenta</span>"], Lines(tail));
        Assert.Equal(style, tail.GetProperty("style").GetString());
    }

    [Fact]
    public async Task Tail_ProwJobCompleteWithoutFinishedJson_CountsAsFinished()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        var job = SpyglassFixture.Presubmit("periodic-build", "5005", ProwJobState.Aborted);
        job.Status.CompletionTime = DateTimeOffset.FromUnixTimeSeconds(1_700_000_100);
        await spyglass.ProwJobs.CreateAsync(job, Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "x\ny", Ct);

        var tail = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", "&line=0&offset=0"));

        Assert.True(tail.GetProperty("finished").GetBoolean());
        Assert.Equal(["x", "y"], Lines(tail));
    }

    [Fact]
    public async Task Tail_LargeGrowth_ArrivesInBoundedPiecesWithoutGaps()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct, o => o.MaxTailBytes = 1000);
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        var expected = Enumerable.Range(0, 500).Select(i => $"row {i:D4}").ToList();
        await spyglass.WriteAsync($"{Run}/build-log.txt", string.Join('\n', expected), Ct);

        var seen = new List<string>();
        var (line, offset, more, requests) = (0L, 0L, true, 0);
        while (more)
        {
            var tail = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", $"&line={line}&offset={offset}"));
            seen.AddRange(Lines(tail));
            line += Lines(tail).Count;
            offset = tail.GetProperty("offset").GetInt64();
            more = tail.GetProperty("more").GetBoolean() || !tail.GetProperty("finished").GetBoolean();
            requests++;
        }

        Assert.Equal(expected, seen);
        Assert.True(requests > 3);
    }

    [Fact]
    public async Task Tail_LineLongerThanTheTailCap_StillMakesProgress()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct, o => o.MaxTailBytes = 100);
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "short\n" + new string('y', 5000) + "\nend\n", Ct);

        var first = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", "&line=0&offset=0"));
        var second = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "tail", $"&line=2&offset={first.GetProperty("offset").GetInt64()}"));

        Assert.Equal("short", Lines(first)[0]);
        Assert.Equal(5000, Lines(first)[1].Length);
        Assert.True(first.GetProperty("more").GetBoolean());
        Assert.False(first.GetProperty("finished").GetBoolean());
        Assert.Equal(["end"], Lines(second));
        Assert.False(second.GetProperty("more").GetBoolean());
        Assert.True(second.GetProperty("finished").GetBoolean());
    }

    [Fact]
    public async Task Search_PlainIgnoresCaseAndAnsi_RegexWorks_BadRegexIs400()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "alpha\n\u001b[1mBe\u001b[0mta one\ngamma\nbeta two\n", Ct);

        var plain = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "search", "&q=BETA"));
        Assert.Equal([1L, 3L], plain.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("n").GetInt64()));
        Assert.Equal("<span class=\"a-b\">Be</span>ta one", plain.GetProperty("matches")[0].GetProperty("html").GetString());

        var regex = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "search", "&regex=1&q=" + Uri.EscapeDataString("^(alpha|gamma)$")));
        Assert.Equal([0L, 2L], regex.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("n").GetInt64()));

        using var bad = await spyglass.Http.GetAsync(spyglass.LogApi(Run, "search", "&regex=1&q=%28unclosed"), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Lines_HugeLine_IsCutButLaterLinesKeepTheirNumbers()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "first\n" + new string('x', 3_000_000) + "\nafter\n", Ct);

        var window = await GetJsonAsync(spyglass, spyglass.LogApi(Run, "lines", "&from=0&count=10"));

        var lines = Lines(window);
        Assert.Equal(3, lines.Count);
        Assert.Contains("line cut", lines[1], StringComparison.Ordinal);
        Assert.True(lines[1].Length < 20_000);
        Assert.Equal("after", lines[2]);
    }

    [Fact]
    public async Task LogApi_UnknownOpOrMissingLogOfAFinishedJob()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "x\n", Ct);
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);

        using var badOp = await spyglass.Http.GetAsync(spyglass.LogApi(Run, "delete"), Ct);
        using var missing = await spyglass.Http.GetAsync(spyglass.LogApi(Run, "index", file: "other-log.txt"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, badOp.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private static async Task<JsonElement> GetJsonAsync(SpyglassFixture spyglass, string url)
    {
        using var response = await spyglass.Http.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static List<string> Lines(JsonElement window) => [.. window.GetProperty("lines").EnumerateArray().Select(e => e.GetString()!)];

    private static List<int> HighlightedLines(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<div class=\"sg-line sg-hl\" data-n=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
}
