using BenchmarkDotNet.Running;
using Bowsprit.Benchmarks;

// Modes: "quick" (stopwatch medians of in-process loads at 1x/2x/4x), "cold" (median wall time of the
// published CLI's checkconfig, one process per run), "hook" (signed deliveries through HTTP into the inbox
// and through trigger), "jobs" (trivial jobs through store, plank and the local runtime), "deck" (job list and
// prowjobs.js at 100,000 ProwJobs), anything else goes
// to BenchmarkDotNet.
// and through trigger), "jobs" (trivial jobs through store, plank and the local runtime), "spyglass" (a 100 MB
// build log: server times, first screen in headless chromium, memory), anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "quick" => QuickLoadBench.Run(args.Skip(1).ToArray()),
    "cold" => await ColdCheckConfigBench.RunAsync(args.Skip(1).ToArray()),
    "hook" => await HookBench.RunAsync(args.Skip(1).ToArray()),
    "jobs" => await JobsBench.RunAsync(args.Skip(1).ToArray()),
    "deck" => await DeckBench.RunAsync(args.Skip(1).ToArray()),
    "spyglass" => await SpyglassBench.RunAsync(args.Skip(1).ToArray()),
    _ => RunBenchmarkDotNet(args),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ConfigLoadBenchmarks).Assembly).Run(args);
    return 0;
}
