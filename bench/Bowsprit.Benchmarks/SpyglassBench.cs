using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bowsprit.Spyglass;
using Bowsprit.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Bowsprit.Benchmarks;

/// <summary>
/// Spyglass with a 100 MB build log (ANSI colours, an error line every 50,000 lines) in a local artifact store,
/// served by in-process Kestrel. Reports medians of: server time for the job page (which carries the first lines),
/// the first index of the log (cold: one pass over 100 MB) and warm windows and search; then, in headless Debian
/// chromium, time from navigation to the first screen of log lines and to the indexed, scrollable viewer; and the
/// process's peak working set (the server runs in this process; chromium and Playwright's driver are separate).
/// Usage: <c>spyglass [megabytes=100] [runs=5]</c>.
/// </summary>
internal static class SpyglassBench
{
    private const string Run = "logs/bench-job/1";

    public static async Task<int> RunAsync(string[] args)
    {
        var megabytes = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        var dir = Path.Combine(Path.GetTempPath(), "bowsprit-bench-spyglass", Guid.NewGuid().ToString("N"));
        var store = new LocalArtifactStore(dir);
        var lines = await WriteLogAsync(store, megabytes * 1024L * 1024);
        await store.WriteAsync($"{Run}/finished.json", ArtifactMetadataJson.Serialize(new Finished { Timestamp = 1, Passed = false, Result = "FAILURE" }), CancellationToken.None);
        Console.WriteLine($"log: {megabytes} MB, {lines} lines");

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSpyglass(new SpyglassOptions().AddBucket(SpyglassOptions.LocalProvider, "artifacts", store));
        await using var app = builder.Build();
        app.MapSpyglass();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var page = $"{url}/view/local/artifacts/{Run}";
        var api = $"{url}/spyglass/log/local/artifacts/{Run}?file=build-log.txt";
        using var http = new HttpClient();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var (coldFirst, coldIndexed) = await OpenAsync(browser, page);
        Console.WriteLine($"chromium, cold (log never indexed): first screen {coldFirst:F0} ms, indexed and scrollable {coldIndexed:F0} ms");

        var pageMs = await MedianAsync(runs, () => http.GetStringAsync(page));
        // A second copy of the log that nothing has read yet: one full indexing pass over it.
        File.Copy(store.PathFor($"{Run}/build-log.txt"), store.PathFor($"{Run}/copy-build-log.txt"));
        var cold = Stopwatch.StartNew();
        await http.GetStringAsync(api.Replace("file=build-log.txt", "file=copy-build-log.txt", StringComparison.Ordinal) + "&op=index");
        var indexColdMs = cold.Elapsed.TotalMilliseconds;
        var indexWarmMs = await MedianAsync(runs, () => http.GetStringAsync(api + "&op=index"));
        var middleMs = await MedianAsync(runs * 4, () => http.GetStringAsync(api + $"&op=lines&from={lines / 2}&count=200"));
        var endMs = await MedianAsync(runs * 4, () => http.GetStringAsync(api + $"&op=lines&from={lines - 200}&count=200"));
        var searchMs = await MedianAsync(3, () => http.GetStringAsync(api + "&op=search&q=needle-in-the-haystack"));
        var firstByte = await MedianAsync(runs, async () =>
        {
            using var response = await http.GetAsync(page, HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1];
            await body.ReadExactlyAsync(buffer);
        });

        Console.WriteLine($"server: job page with first lines p50 {pageMs:F1} ms (first byte {firstByte:F1} ms); index cold {indexColdMs:F0} ms, warm p50 {indexWarmMs:F1} ms; " +
            $"200-line window mid p50 {middleMs:F1} ms, end p50 {endMs:F1} ms; search over the whole log p50 {searchMs:F0} ms");

        var firstScreen = new List<double>();
        var interactive = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var tab = await context.NewPageAsync();
            var watch = Stopwatch.StartNew();
            await tab.GotoAsync(page, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
            await tab.Locator(".sg-line[data-n='30'] .sg-t").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
            firstScreen.Add(watch.Elapsed.TotalMilliseconds);
            await tab.Locator(".sg-log.sg-virtual").WaitForAsync();
            interactive.Add(watch.Elapsed.TotalMilliseconds);
            if (i == 0)
            {
                // Exercise the server as a reader would: the end of the log, an error, a search.
                await tab.Locator(".sg-bottom").ClickAsync();
                await tab.Locator($".sg-line[data-n='{lines - 1}']").WaitForAsync();
                await tab.Locator(".sg-first-error").ClickAsync();
                await tab.Locator(".sg-line.sg-target").WaitForAsync();
                await tab.GetByLabel("Search log").FillAsync("needle-in-the-haystack");
                await tab.GetByLabel("Search log").PressAsync("Enter");
                await tab.Locator(".sg-results button").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
            }
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"chromium: first screen of log lines p50 {Median(firstScreen):F0} ms (runs: {string.Join(", ", firstScreen.Select(v => v.ToString("F0", CultureInfo.InvariantCulture)))}); " +
            $"indexed and scrollable p50 {Median(interactive):F0} ms");
        Console.WriteLine($"memory: server process peak working set {self.PeakWorkingSet64 / (1024 * 1024)} MB, now {self.WorkingSet64 / (1024 * 1024)} MB, GC heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB");
        await app.StopAsync();
        Directory.Delete(dir, recursive: true);
        return 0;
    }

    private static async Task<(double FirstScreen, double Indexed)> OpenAsync(IBrowser browser, string page)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var tab = await context.NewPageAsync();
        var watch = Stopwatch.StartNew();
        await tab.GotoAsync(page, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await tab.Locator(".sg-line[data-n='30'] .sg-t").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible });
        var first = watch.Elapsed.TotalMilliseconds;
        await tab.Locator(".sg-log.sg-virtual").WaitForAsync();
        return (first, watch.Elapsed.TotalMilliseconds);
    }

    private static async Task<long> WriteLogAsync(LocalArtifactStore store, long bytes)
    {
        var path = store.PathFor($"{Run}/build-log.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = 0L;
        var written = 0L;
        await using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        while (written < bytes)
        {
            var line = lines switch
            {
                _ when lines % 50_000 == 49_999 => $"\u001b[31mERROR: step {lines} failed: exit status 1\u001b[0m",
                _ when lines == 700_000 => "needle-in-the-haystack",
                _ => $"\u001b[32mI1124 08:00:{lines % 60:D2}.000\u001b[0m  worker-{lines % 16} processed item {lines} of the benchmark log; status=<ok> & moving on",
            };
            await file.WriteAsync(line);
            await file.WriteAsync('\n');
            written += line.Length + 1;
            lines++;
        }

        return lines;
    }

    private static async Task<double> MedianAsync(int runs, Func<Task> action)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return Median(times);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
