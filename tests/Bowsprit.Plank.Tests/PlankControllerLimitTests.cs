using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;

namespace Bowsprit.Plank.Tests;

public sealed class PlankControllerLimitTests
{
    [Fact]
    public async Task ManyTriggeredAtOnce_NeverExceedMaxConcurrency_AndStartInArrivalOrder()
    {
        await using var h = new PlankHarness();
        for (var i = 0; i < 6; i++)
        {
            await h.AddAsync(Jobs.Triggered($"j{i}", job: "serial", created: Jobs.Epoch.AddSeconds(i), maxConcurrency: 2));
        }

        await h.StartAsync();
        await h.WaitForStartedAsync("j0");
        await h.WaitForStartedAsync("j1");
        foreach (var held in new[] { "j2", "j3", "j4", "j5" })
        {
            await h.WaitForHeldAsync(held);
        }

        var pending = (await h.Store.ListAsync(ProwJobQuery.All, PlankHarness.Ct)).Where(static j => j.Status.State == ProwJobState.Pending).Select(static j => j.Name).Order();
        Assert.Equal(["j0", "j1"], pending);
        Assert.Equal(2, h.Runtime.RunsCreated);

        h.Runtime.Finish("j1", succeeded: true);
        await h.WaitForStartedAsync("j2");
        foreach (var held in new[] { "j3", "j4", "j5" })
        {
            await h.WaitForHeldAsync(held);
        }
        Assert.Equal(3, h.Runtime.RunsCreated);
    }

    [Fact]
    public async Task HeldJob_IsReleasedOnItsTimedLook_WhenTheSlotFreesWithoutATransition()
    {
        await using var h = new PlankHarness();
        await h.StartAsync();
        await h.AddAsync(Jobs.Triggered("first", job: "serial", created: Jobs.Epoch, maxConcurrency: 1));
        await h.AddAsync(Jobs.Triggered("second", job: "serial", created: Jobs.Epoch.AddSeconds(1), maxConcurrency: 1));
        await h.WaitForStartedAsync("first");

        // Deleted outside plank (sinker, a user): no completion of ours wakes the held job.
        await h.Store.DeleteAsync("first", PlankHarness.Ct);

        await h.WaitForAsync("second", static j => j.Status.State == ProwJobState.Pending, step: TimeSpan.FromSeconds(2));
        await PlankHarness.WaitUntilAsync(() => h.Runtime.Deleted.Contains("first"), "the deleted job's run is removed");
    }
}
