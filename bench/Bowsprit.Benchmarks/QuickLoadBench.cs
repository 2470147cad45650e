using System.Diagnostics;
using System.Globalization;
using Bowsprit.Core.Config.Loading;

namespace Bowsprit.Benchmarks;

/// <summary>Stopwatch medians of warm in-process loads; quicker than BenchmarkDotNet, good for a closing note.</summary>
internal static class QuickLoadBench
{
    public static int Run(string[] args)
    {
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 15;
        double? baseline = null;
        foreach (var scale in new[] { 1, 2, 4 })
        {
            var jobs = BenchCorpus.ScaledJobs(scale);
            LoadedConfig? loaded = null;
            for (var i = 0; i < 3; i++)
            {
                loaded = ProwConfigLoader.Load(new ConfigLoadOptions(BenchCorpus.ConfigPath, jobs));
            }

            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var sw = Stopwatch.StartNew();
                loaded = ProwConfigLoader.Load(new ConfigLoadOptions(BenchCorpus.ConfigPath, jobs));
                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var median = times[times.Count / 2];
            baseline ??= median;
            var jobsCount = loaded!.PresubmitCount + loaded.PostsubmitCount + loaded.PeriodicCount;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scale {scale}x: {jobsCount} jobs in {loaded.FileCount} files, errors {loaded.Errors.Count()}: median {median:F1} ms (min {times[0]:F1}, max {times[^1]:F1}), ratio to 1x {median / baseline:F2}"));
        }

        return 0;
    }
}
