using Bowsprit.Core.Api;

namespace Bowsprit.Plank.Tests;

public sealed class IncompleteJobIndexTests
{
    private static ProwJob At(ProwJob job, long version)
    {
        job.Metadata.ResourceVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return job;
    }

    [Fact]
    public void Counts_PendingEverywhere_AndOlderTriggeredOfTheSameJobOrQueue()
    {
        var index = new IncompleteJobIndex();
        index.Reset(
        [
            At(Jobs.Pending("p1"), 1),
            At(Jobs.Triggered("old", "unit", Jobs.Epoch.AddMinutes(-1), queue: "q"), 2),
            At(Jobs.Triggered("young", "unit", Jobs.Epoch.AddMinutes(1), queue: "q"), 3),
            At(Jobs.Triggered("other", "lint", Jobs.Epoch.AddMinutes(-5)), 4),
        ], "4");
        var job = At(Jobs.Triggered("me", "unit", Jobs.Epoch, maxConcurrency: 5, queue: "q"), 5);
        index.Apply(job);

        var counts = index.Counts(job);

        // p1 (pending, job "unit") and "old" are ahead; "young" and "other" are not. p1 has no queue.
        Assert.Equal(new PlankCounts(1, 2, 1), counts);
    }

    [Fact]
    public void LateWatchEvent_OlderThanAnOwnWrite_DoesNotBringBackTheOldState()
    {
        var index = new IncompleteJobIndex();
        index.Apply(At(Jobs.Pending("j"), 7));

        index.Apply(At(Jobs.Triggered("j"), 5));

        Assert.Equal(1, index.Counts(Jobs.Triggered("x")).Total);
    }

    [Fact]
    public void CompletedJob_LeavesATombstone_SoItsEarlierEventsCannotResurrectIt()
    {
        var index = new IncompleteJobIndex();
        var done = At(Jobs.Pending("j"), 9);
        done.Status.State = ProwJobState.Success;
        index.Apply(done);

        index.Apply(At(Jobs.Pending("j"), 8));
        index.Apply(At(Jobs.Triggered("j"), 3));

        Assert.Equal(0, index.Count);
        index.Apply(At(Jobs.Triggered("j"), 12)); // a rerun under the same name, written later, does count
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Reset_KeepsOwnWritesNewerThanTheList()
    {
        var index = new IncompleteJobIndex();
        index.Apply(At(Jobs.Pending("racer"), 20));

        index.Reset([At(Jobs.Triggered("racer"), 10), At(Jobs.Pending("listed"), 11)], "15");

        Assert.Equal(2, index.Counts(Jobs.Triggered("x")).Total);
    }

    [Fact]
    public void IsSuperseded_OnlyByANewerIncompleteRunOfTheSameJobAndPulls()
    {
        var index = new IncompleteJobIndex();
        var old = At(Presubmits.For("old", 1, "a", Jobs.Epoch), 1);
        var newer = At(Presubmits.For("new", 1, "b", Jobs.Epoch.AddMinutes(1)), 2);
        var otherPr = At(Presubmits.For("pr2", 2, "c", Jobs.Epoch.AddMinutes(2)), 3);
        index.Reset([old, newer, otherPr], "3");

        Assert.True(index.IsSuperseded(old));
        Assert.False(index.IsSuperseded(newer));
        Assert.False(index.IsSuperseded(otherPr));

        var finished = At(Presubmits.For("new", 1, "b", Jobs.Epoch.AddMinutes(1)), 4);
        finished.Status.State = ProwJobState.Failure;
        index.Apply(finished);
        Assert.False(index.IsSuperseded(old));
    }
}
