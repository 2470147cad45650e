using BenchmarkDotNet.Attributes;
using Bowsprit.Core.Config.Loading;

namespace Bowsprit.Benchmarks;

/// <summary>Load + default + validate the kubevirt corpus at 1x, 2x and 4x its size.</summary>
[MemoryDiagnoser]
public class ConfigLoadBenchmarks
{
    private string _jobs = "";

    [Params(1, 2, 4)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Setup() => _jobs = BenchCorpus.ScaledJobs(Scale);

    [Benchmark]
    public int LoadDefaultValidate()
    {
        var loaded = ProwConfigLoader.Load(new ConfigLoadOptions(BenchCorpus.ConfigPath, _jobs));
        return loaded.PresubmitCount + loaded.PeriodicCount;
    }
}
