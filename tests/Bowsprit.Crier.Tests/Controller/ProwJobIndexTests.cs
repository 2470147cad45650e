using Bowsprit.Core.Api;
using Bowsprit.Crier.Tests.Support;

namespace Bowsprit.Crier.Tests.Controller;

public sealed class ProwJobIndexTests
{
    private static readonly TestRepo Repo = new("acme", "demo", "base", "head", 7);
    private static readonly TestRepo Other = new("acme", "demo", "base", "head", 8);

    [Fact]
    public void SameTarget_GroupsPresubmitsByPull_AndPostsubmitsByCommit()
    {
        var index = new ProwJobIndex();
        var a = TestJobs.Presubmit(Repo, "unit", ProwJobState.Pending);
        var b = TestJobs.Presubmit(Repo, "lint", ProwJobState.Success, sha: "newer-head");
        var c = TestJobs.Presubmit(Other, "unit", ProwJobState.Pending);
        var post = TestJobs.Postsubmit(Repo, "build", ProwJobState.Pending);
        index.Reset([a, b, c, post]);

        Assert.Equal(new[] { a.Name, b.Name }.Order(StringComparer.Ordinal), index.SameTarget(a).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.Equal([post.Name], index.SameTarget(post).Select(s => s.Name));
    }

    [Fact]
    public void UpsertRemoveAndReset_KeepTheViewCurrent()
    {
        var index = new ProwJobIndex();
        var a = TestJobs.Presubmit(Repo, "unit", ProwJobState.Pending);
        var gone = TestJobs.Presubmit(Repo, "lint", ProwJobState.Pending);
        index.Reset([a, gone]);

        index.Upsert(TestJobs.With(a, ProwJobState.Failure));
        Assert.Equal(ProwJobState.Failure, index.SameTarget(a).Single(s => s.Name == a.Name).State);

        index.Remove(gone.Name);
        Assert.Equal(1, index.Count);

        index.Reset([gone]);
        Assert.Equal([gone.Name], index.SameTarget(a).Select(s => s.Name));
    }
}
