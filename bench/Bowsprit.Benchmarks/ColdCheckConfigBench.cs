using System.Diagnostics;
using System.Globalization;

namespace Bowsprit.Benchmarks;

/// <summary>
/// Median wall time of a fresh <c>bowsprit checkconfig</c> process on the kubevirt corpus, the way a user runs it.
/// Uses the CLI that <c>./bowsprit</c> publishes to <c>artifacts/cli</c> (run <c>./bowsprit --help</c> first).
/// </summary>
internal static class ColdCheckConfigBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 11;
        var exe = args.Length > 1 ? args[1] : Path.Combine(FindRepo(), "artifacts", "cli", "bowsprit");
        if (!File.Exists(exe))
        {
            Console.Error.WriteLine($"{exe} not found; run ./bowsprit --help once to publish it");
            return 1;
        }

        foreach (var scale in new[] { 1, 2, 4 })
        {
            var jobs = BenchCorpus.ScaledJobs(scale);
            var times = new List<double>();
            for (var i = 0; i < runs + 1; i++)
            {
                var start = new ProcessStartInfo(exe)
                {
                    ArgumentList = { "checkconfig", "--config-path", BenchCorpus.ConfigPath, "--job-config-path", jobs },
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                };
                var sw = Stopwatch.StartNew();
                using var process = Process.Start(start)!;
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                await process.WaitForExitAsync();
                var elapsed = sw.Elapsed.TotalMilliseconds;
                if (process.ExitCode != 0)
                {
                    Console.Error.WriteLine(await stderr);
                    return 1;
                }

                if (i > 0)
                {
                    times.Add(elapsed);
                }
                else
                {
                    Console.WriteLine($"scale {scale}x: {(await stdout).Trim()}");
                }
            }

            times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scale {scale}x: cold checkconfig median {times[times.Count / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}) over {runs} runs"));
        }

        return 0;
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bowsprit.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Bowsprit.slnx not found");
    }
}
