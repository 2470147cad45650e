using Bowsprit.Core.Api;

namespace Bowsprit.Plank.Tests;

public sealed class PresubmitDedupeTests
{
    [Fact]
    public void OlderRunOfSamePr_IsSuperseded()
    {
        var old = Presubmits.For("old", 5, "sha1", Jobs.Epoch);
        var fresh = Presubmits.For("new", 5, "sha2", Jobs.Epoch.AddMinutes(1));

        Assert.True(PresubmitDedupe.IsSuperseded(old, [old, fresh]));
        Assert.False(PresubmitDedupe.IsSuperseded(fresh, [old, fresh]));
    }

    [Fact]
    public void OtherPrOrOtherJob_DoesNotSupersede()
    {
        var old = Presubmits.For("old", 5, "sha1", Jobs.Epoch);

        Assert.False(PresubmitDedupe.IsSuperseded(old, [Presubmits.For("pr6", 6, "sha2", Jobs.Epoch.AddMinutes(1))]));
        Assert.False(PresubmitDedupe.IsSuperseded(old, [Presubmits.For("lint", 5, "sha2", Jobs.Epoch.AddMinutes(1), job: "pull-lint")]));
    }

    [Fact]
    public void CompletedNewerRun_DoesNotSupersede()
    {
        var old = Presubmits.For("old", 5, "sha1", Jobs.Epoch);
        var fresh = Presubmits.For("new", 5, "sha2", Jobs.Epoch.AddMinutes(1));
        fresh.Status.State = ProwJobState.Success;

        Assert.False(PresubmitDedupe.IsSuperseded(old, [fresh]));
    }

    [Fact]
    public void Identity_IgnoresShasAndPullOrder() =>
        Assert.Equal(
            PresubmitDedupe.Identity(Presubmits.For("a", 1, "x", Jobs.Epoch, extraPulls: [3, 2])),
            PresubmitDedupe.Identity(Presubmits.For("b", 1, "y", Jobs.Epoch).Also(p => p.Spec.Refs!.Pulls = [new Pull { Number = 2 }, new Pull { Number = 3 }, new Pull { Number = 1 }])));
}

internal static class ProwJobTestExtensions
{
    public static ProwJob Also(this ProwJob job, Action<ProwJob> change)
    {
        change(job);
        return job;
    }
}
