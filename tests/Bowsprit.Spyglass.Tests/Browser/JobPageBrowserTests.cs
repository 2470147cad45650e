using System.Text;
using Bowsprit.Core.Api;
using Bowsprit.Spyglass.Tests.Support;
using Bowsprit.Testing.Browser;
using Microsoft.Playwright;

namespace Bowsprit.Spyglass.Tests.Browser;

/// <summary>Spyglass pages in real headless chromium: open a job, follow a growing log, search, open a JUnit failure.</summary>
public sealed class JobPageBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenFinishedJob_VirtualLogKeepsTheDomSmall_JumpToFirstError()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Run = "logs/periodic-build/1001";
        await spyglass.WriteStartedAsync(Run, Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        var log = new StringBuilder();
        for (var i = 0; i < 50_000; i++)
        {
            log.Append(i switch
            {
                31_337 => "\u001b[31mERROR: the first real problem\u001b[0m",
                40_000 => "panic: and a second one",
                _ => $"\u001b[32mINFO\u001b[0m step {i} <ok>",
            }).Append('\n');
        }

        await spyglass.WriteAsync($"{Run}/build-log.txt", log.ToString(), Ct);
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(spyglass.ViewUrl(Run));
        var viewer = page.Locator(".sg-log");
        await Assertions.Expect(viewer.Locator(".sg-status")).ToContainTextAsync("50000 lines, 2 highlighted");
        Assert.InRange(await viewer.Locator(".sg-line").CountAsync(), 10, 120);
        Assert.Equal("INFO step 0 <ok>", await viewer.Locator(".sg-line[data-n='0'] .sg-t").TextContentAsync());
        Assert.Equal("af2", await viewer.Locator(".sg-line[data-n='0'] .sg-t span").GetAttributeAsync("class"));
        await chromium.ScreenshotAsync(page, "spyglass-finished-job", fullPage: false);

        await viewer.Locator(".sg-first-error").ClickAsync();
        var error = viewer.Locator(".sg-line[data-n='31337']");
        await Assertions.Expect(error).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sg-hl.*sg-target"));
        await Assertions.Expect(error.Locator(".sg-t")).ToHaveTextAsync("ERROR: the first real problem");
        await Assertions.Expect(error).ToBeInViewportAsync();
        await chromium.ScreenshotAsync(page, "spyglass-jump-to-first-error", fullPage: false);

        await viewer.Locator(".sg-next-error").ClickAsync();
        await Assertions.Expect(viewer.Locator(".sg-line[data-n='40000'] .sg-t")).ToHaveTextAsync("panic: and a second one");

        // Keyboard: End on the focused log reaches the last line.
        await viewer.Locator(".sg-viewport").FocusAsync();
        await page.Keyboard.PressAsync("End");
        await Assertions.Expect(viewer.Locator(".sg-line[data-n='49999'] .sg-t")).ToHaveTextAsync("INFO step 49999 <ok>");
    }

    [Fact]
    public async Task WatchTheLogGrowWhileTheJobRuns_ThenSettleWithEveryLineExactlyOnce()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Run = "pr-logs/pull/acme_widgets/42/pull-unit/7007";
        var job = await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("pull-unit", "7007"), Ct);
        var logPath = spyglass.Store.PathFor($"{Run}/build-log.txt");
        var expected = new List<string>();

        // Opened as soon as the job is triggered, before it has written any log.
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(spyglass.ViewUrl(Run));
        var viewer = page.Locator(".sg-log");
        await Assertions.Expect(viewer).ToHaveAttributeAsync("data-state", "live");
        await Assertions.Expect(viewer.Locator(".sg-status")).ToContainTextAsync("Job running: 0 lines so far");

        // Appended the way the local runtime's entrypoint writes build-log.txt: straight into the store's file.
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        var file = new FileStream(logPath, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        await using (file)
        {
            async Task AppendAsync(string text)
            {
                await file.WriteAsync(Encoding.UTF8.GetBytes(text), Ct);
                await file.FlushAsync(Ct);
            }

            for (var i = 0; i < 3; i++)
            {
                expected.Add($"setup {i}");
                await AppendAsync($"setup {i}\n");
            }

            await Assertions.Expect(viewer.Locator(".sg-status")).ToContainTextAsync("Job running: 3 lines so far");

            for (var batch = 0; batch < 3; batch++)
            {
                var lines = Enumerable.Range(0, 4).Select(i => $"batch {batch} line {i}").ToList();
                // Yellow switched on at the end of batch 0 stays on through batch 1 (a later poll) until batch 2 resets it.
                var written = lines.Select((l, i) => (batch, i) switch { (0, 3) => "\u001b[33m" + l, (2, 0) => "\u001b[0m" + l, _ => l });
                // Each batch ends mid-line: the half-written line must not show until its newline arrives.
                await AppendAsync(string.Join('\n', written) + "\nhalf-");
                await AppendAsync("written " + batch + "\n");
                expected.AddRange(lines);
                expected.Add($"half-written {batch}");
                await Assertions.Expect(viewer.Locator(".sg-line .sg-t").Last).ToHaveTextAsync($"half-written {batch}");
                Assert.Equal(expected, await VisibleLinesAsync(viewer));
                if (batch == 1)
                {
                    await Assertions.Expect(viewer.Locator(".sg-line[data-n='8'] .sg-t span.af3")).ToHaveTextAsync("batch 1 line 0");
                    await chromium.ScreenshotAsync(page, "spyglass-live-log-running", fullPage: false);
                }
            }

            // The last line has no newline; it appears once the job has finished.
            await AppendAsync("\u001b[1mPASS\u001b[0m without newline");
            expected.Add("PASS without newline");
            // Two tail polls after the append: the second certainly read the log with the unterminated line in it.
            for (var poll = 0; poll < 2; poll++)
            {
                await page.WaitForResponseAsync(r => r.Url.Contains("op=tail", StringComparison.Ordinal));
            }

            Assert.DoesNotContain("PASS without newline", await VisibleLinesAsync(viewer));

            await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
            job.Status.State = ProwJobState.Success;
            job.Status.CompletionTime = DateTimeOffset.FromUnixTimeSeconds(1_700_000_600);
            await spyglass.ProwJobs.UpdateAsync(job, Ct);

            await Assertions.Expect(viewer).ToHaveAttributeAsync("data-state", "finished");
            await Assertions.Expect(page.Locator(".sg-head .sg-result")).ToHaveTextAsync("SUCCESS");
            await Assertions.Expect(viewer.Locator(".sg-status")).ToHaveTextAsync($"{expected.Count} lines");
            Assert.Equal(expected, await VisibleLinesAsync(viewer));
            Assert.Equal(expected.Count, await page.EvaluateAsync<int>("() => document.querySelector('.sg-log').viewer.total"));
            await chromium.ScreenshotAsync(page, "spyglass-live-log-finished", fullPage: false);

            // A fresh load of the archived log shows the same lines, in the same colours.
            await page.ReloadAsync();
            await Assertions.Expect(viewer.Locator(".sg-status")).ToHaveTextAsync($"{expected.Count} lines");
            Assert.Equal(expected, await VisibleLinesAsync(viewer));
            await Assertions.Expect(viewer.Locator(".sg-line[data-n='12'] .sg-t span.af3")).ToHaveTextAsync("half-written 1");
            await Assertions.Expect(viewer.Locator(".sg-line[data-n='13'] .sg-t span")).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task Follow_KeepsTheEndInView_UntilTheReaderScrollsUp()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Run = "logs/periodic-follow/8008";
        await spyglass.ProwJobs.CreateAsync(SpyglassFixture.Presubmit("periodic-follow", "8008"), Ct);
        var logPath = spyglass.Store.PathFor($"{Run}/build-log.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(logPath)!);
        await File.WriteAllTextAsync(logPath, string.Concat(Enumerable.Range(0, 300).Select(i => $"early {i}\n")), Ct);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(spyglass.ViewUrl(Run));
        var viewer = page.Locator(".sg-log");
        await viewer.Locator(".sg-viewport").ScrollIntoViewIfNeededAsync();

        await Assertions.Expect(viewer.Locator(".sg-line[data-n='299']")).ToBeInViewportAsync();
        await File.AppendAllTextAsync(logPath, string.Concat(Enumerable.Range(0, 100).Select(i => $"more {i}\n")), Ct);
        await Assertions.Expect(viewer.Locator(".sg-line[data-n='399'] .sg-t")).ToHaveTextAsync("more 99");
        await Assertions.Expect(viewer.Locator(".sg-line[data-n='399']")).ToBeInViewportAsync();

        // Scrolling up stops following: new lines arrive but the view stays where the reader is.
        await viewer.Locator(".sg-viewport").HoverAsync();
        await page.Mouse.WheelAsync(0, -3000);
        await Assertions.Expect(viewer.Locator(".sg-follow")).Not.ToBeCheckedAsync();
        var firstVisible = await viewer.Locator(".sg-line").First.GetAttributeAsync("data-n");
        await File.AppendAllTextAsync(logPath, string.Concat(Enumerable.Range(0, 100).Select(i => $"even more {i}\n")), Ct);
        await Assertions.Expect(viewer.Locator(".sg-status")).ToContainTextAsync("500 lines so far");
        Assert.Equal(firstVisible, await viewer.Locator(".sg-line").First.GetAttributeAsync("data-n"));

        // Following again jumps to the end.
        await viewer.Locator(".sg-follow").CheckAsync();
        await Assertions.Expect(viewer.Locator(".sg-line[data-n='499']")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task SearchTheLog_ClickAResult_JumpsToThatLine()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Run = "logs/periodic-build/1002";
        await spyglass.WriteFinishedAsync(Run, "SUCCESS", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", string.Concat(Enumerable.Range(0, 5000).Select(i => i == 4321 ? "needle <here>\n" : $"hay {i}\n")), Ct);
        var page = await chromium.NewPageAsync(ColorScheme.Dark);
        await page.GotoAsync(spyglass.ViewUrl(Run));
        var viewer = page.Locator(".sg-log");
        await Assertions.Expect(viewer.Locator(".sg-status")).ToHaveTextAsync("5000 lines");

        await viewer.GetByLabel("Search log").FillAsync("NEEDLE");
        await viewer.GetByLabel("Search log").PressAsync("Enter");
        var result = viewer.Locator(".sg-results button[data-n='4321']");
        await Assertions.Expect(result).ToContainTextAsync("needle <here>");
        await result.ClickAsync();

        await Assertions.Expect(viewer.Locator(".sg-line.sg-target .sg-t")).ToHaveTextAsync("needle <here>");
        await chromium.ScreenshotAsync(page, "spyglass-search-dark", fullPage: false);

        // Line numbers are links that survive a reload.
        await viewer.Locator(".sg-line[data-n='4330'] a.sg-n").ClickAsync();
        Assert.EndsWith("#log-1:L4331", page.Url, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Assertions.Expect(viewer.Locator(".sg-line.sg-target .sg-t")).ToHaveTextAsync("hay 4330");
        await Assertions.Expect(viewer.Locator(".sg-line.sg-target")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task OpenAJUnitFailure_ShowsItsMessageAndOutput()
    {
        await using var spyglass = await SpyglassFixture.StartAsync(Ct);
        const string Run = "logs/e2e/1003";
        await spyglass.WriteStartedAsync(Run, Ct);
        await spyglass.WriteFinishedAsync(Run, "FAILURE", Ct);
        await spyglass.WriteAsync($"{Run}/build-log.txt", "running e2e\n", Ct);
        await spyglass.WriteAsync($"{Run}/artifacts/junit_01.xml", JunitSamples.Ginkgo.Trim(), Ct);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(spyglass.ViewUrl(Run) + "#lens-junit");

        var failure = page.Locator("details.sg-junit-failure");
        await Assertions.Expect(failure.Locator("summary")).ToContainTextAsync("[sig-storage] Volumes should mount [Slow]");
        await Assertions.Expect(failure.Locator(".sg-junit-output")).Not.ToBeVisibleAsync();

        await failure.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(failure.Locator(".sg-junit-message")).ToHaveTextAsync("Timed out after 60.000s.");
        await Assertions.Expect(failure.Locator(".sg-junit-output")).ToContainTextAsync("test/e2e/storage/volumes.go:123");
        await failure.ScrollIntoViewIfNeededAsync();
        await chromium.ScreenshotAsync(page, "spyglass-junit-failure", fullPage: false);
    }

    private static async Task<List<string>> VisibleLinesAsync(ILocator viewer) =>
        [.. await viewer.Locator(".sg-line .sg-t").AllTextContentsAsync()];
}
