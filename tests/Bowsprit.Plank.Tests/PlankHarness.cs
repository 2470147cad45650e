using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Plank.Tests;

/// <summary>A controller over a store and a fake runtime, with helpers to wait for what it does.</summary>
internal sealed class PlankHarness : IAsyncDisposable
{
    private PlankController? _controller;

    public PlankHarness(IProwJobStore? store = null, FakeTimeProvider? time = null, FakeJobRuntime? runtime = null)
    {
        Time = time ?? new FakeTimeProvider(Jobs.Epoch);
        Store = store ?? new InMemoryProwJobStore();
        Runtime = runtime ?? new FakeJobRuntime(Time);
    }

    public FakeTimeProvider Time { get; }

    public IProwJobStore Store { get; }

    public FakeJobRuntime Runtime { get; }

    public PlankConfig Config { get; } = new();

    public PlankMetrics Metrics { get; } = new();

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task StartAsync()
    {
        var options = new PlankOptions { Concurrency = 4, Config = () => Config };
        _controller = new PlankController(Store, Runtime, options, new BuildIdGenerator(Time), Metrics, Time, NullLogger<PlankController>.Instance);
        await _controller.StartAsync(Ct);
    }

    public async Task StopAsync()
    {
        if (_controller is { } controller)
        {
            await controller.StopAsync(CancellationToken.None);
            controller.Dispose();
            _controller = null;
        }
    }

    public Task<ProwJob> AddAsync(ProwJob job) => Store.CreateAsync(job, Ct);

    /// <summary>Waits until the job satisfies <paramref name="condition"/>, advancing fake time by <paramref name="step"/> between looks.</summary>
    public async Task<ProwJob> WaitForAsync(string name, Func<ProwJob, bool> condition, TimeSpan? step = null)
    {
        for (var i = 0; i < 1000; i++)
        {
            var job = await Store.GetAsync(name, Ct);
            if (job is not null && condition(job))
            {
                return job;
            }

            if (step is { } advance)
            {
                Time.Advance(advance);
            }

            await Task.Delay(10, Ct);
        }

        var last = await Store.GetAsync(name, Ct);
        throw new TimeoutException($"job {name} never matched; last state {last?.Status.State} ({last?.Status.Description})");
    }

    /// <summary>Waits for something the controller does after its store write (stopping or deleting a run).</summary>
    /// <summary>Waits until plank has decided to hold the job for want of a slot (the signal that it was looked at and not started).</summary>
    public Task WaitForHeldAsync(string name) => WaitUntilAsync(() => _controller?.IsHeld(name) == true, $"{name} is held");

    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10, Ct);
        }

        Assert.True(condition(), what);
    }

    public Task<ProwJob> WaitForStateAsync(string name, ProwJobState state, TimeSpan? step = null) =>
        WaitForAsync(name, j => j.Status.State == state, step);

    /// <summary>Waits until the controller has recorded that the job's run started (the run now exists).</summary>
    public Task<ProwJob> WaitForStartedAsync(string name) =>
        WaitForAsync(name, static j => j.Metadata.Annotations?.ContainsKey(PlankAnnotations.RunStarted) == true);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
