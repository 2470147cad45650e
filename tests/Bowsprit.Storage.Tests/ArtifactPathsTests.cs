using Bowsprit.Core.Api;

namespace Bowsprit.Storage.Tests;

public sealed class ArtifactPathsTests
{
    public sealed record PathCase(string Name, ArtifactJob Job, PathStrategyOptions Options, string Expected)
    {
        public override string ToString() => Name;
    }

    private static readonly PathStrategyOptions Legacy = new(PathStrategy.Legacy, "kubernetes", "kubernetes");
    private static readonly PathStrategyOptions Single = new(PathStrategy.Single, "kubernetes", "kubernetes");
    private static readonly PathStrategyOptions Explicit = new(PathStrategy.Explicit);

    private static ArtifactJob Pr(string org, string repo) =>
        new(ProwJobType.Presubmit, "pull-unit", "1001", org, repo, 12);

    public static TheoryData<PathCase> JobDirectoryCases => new()
    {
        new PathCase("periodic", new ArtifactJob(ProwJobType.Periodic, "ci-nightly", "7"), Legacy, "logs/ci-nightly/7"),
        new PathCase("postsubmit", new ArtifactJob(ProwJobType.Postsubmit, "post-build", "8", "kubernetes", "kubernetes"), Explicit, "logs/post-build/8"),
        new PathCase("batch", new ArtifactJob(ProwJobType.Batch, "pull-unit", "9", "kubernetes", "kubernetes"), Explicit, "pr-logs/pull/batch/pull-unit/9"),
        new PathCase("legacy default org+repo", Pr("kubernetes", "kubernetes"), Legacy, "pr-logs/pull/12/pull-unit/1001"),
        new PathCase("legacy default org", Pr("kubernetes", "test-infra"), Legacy, "pr-logs/pull/test-infra/12/pull-unit/1001"),
        new PathCase("legacy other org", Pr("acme", "kubernetes"), Legacy, "pr-logs/pull/acme_kubernetes/12/pull-unit/1001"),
        new PathCase("single default org+repo", Pr("kubernetes", "kubernetes"), Single, "pr-logs/pull/12/pull-unit/1001"),
        new PathCase("single default org", Pr("kubernetes", "test-infra"), Single, "pr-logs/pull/kubernetes_test-infra/12/pull-unit/1001"),
        new PathCase("single other org", Pr("acme", "widgets"), Single, "pr-logs/pull/acme_widgets/12/pull-unit/1001"),
        new PathCase("explicit default org+repo", Pr("kubernetes", "kubernetes"), Explicit with { DefaultOrg = "kubernetes", DefaultRepo = "kubernetes" }, "pr-logs/pull/kubernetes_kubernetes/12/pull-unit/1001"),
        new PathCase("explicit slash in repo", Pr("acme", "group/widgets"), Explicit, "pr-logs/pull/acme_group_widgets/12/pull-unit/1001"),
        new PathCase("path prefix", new ArtifactJob(ProwJobType.Periodic, "ci-nightly", "7"), Legacy with { PathPrefix = "/tenant-a/" }, "tenant-a/logs/ci-nightly/7"),
    };

    [Theory, MemberData(nameof(JobDirectoryCases))]
    public void JobDirectory_FollowsProwLayout(PathCase c) =>
        Assert.Equal(c.Expected, ArtifactPaths.JobDirectory(c.Job, c.Options));

    [Fact]
    public void LatestBuildFiles_PerJobType()
    {
        Assert.Equal(["logs/ci-nightly/latest-build.txt"],
            ArtifactPaths.LatestBuildFiles(new(ProwJobType.Periodic, "ci-nightly", "7"), Legacy));
        Assert.Equal(["logs/post-build/latest-build.txt"],
            ArtifactPaths.LatestBuildFiles(new(ProwJobType.Postsubmit, "post-build", "7"), Legacy));
        Assert.Equal(["pr-logs/directory/pull-unit/latest-build.txt"],
            ArtifactPaths.LatestBuildFiles(new(ProwJobType.Batch, "pull-unit", "7"), Legacy));
        Assert.Equal(
            ["pr-logs/directory/pull-unit/latest-build.txt", "pr-logs/pull/test-infra/12/pull-unit/latest-build.txt"],
            ArtifactPaths.LatestBuildFiles(Pr("kubernetes", "test-infra"), Legacy));
    }

    [Fact]
    public void DirectorySymlink_OnlyForPresubmits_PointsAtTheFullBucketPath()
    {
        var job = Pr("acme", "widgets");
        Assert.Equal("pr-logs/directory/pull-unit/1001.txt", ArtifactPaths.DirectorySymlink(job, Explicit));
        Assert.Null(ArtifactPaths.DirectorySymlink(new(ProwJobType.Periodic, "ci", "1"), Explicit));
        Assert.Null(ArtifactPaths.DirectorySymlink(new(ProwJobType.Batch, "pull-unit", "1"), Explicit));

        var content = ArtifactPaths.DirectorySymlinkContent(
            StoragePath.Parse("gs://kubernetes-jenkins"), ArtifactPaths.JobDirectory(job, Explicit));
        Assert.Equal("gs://kubernetes-jenkins/pr-logs/pull/acme_widgets/12/pull-unit/1001", content);
    }

    [Fact]
    public void JobDirectory_PresubmitWithoutPullNumber_Throws()
    {
        var job = new ArtifactJob(ProwJobType.Presubmit, "pull-unit", "1", "acme", "widgets");
        var e = Assert.Throws<InvalidOperationException>(() => ArtifactPaths.JobDirectory(job, Explicit));
        Assert.Contains("pull number", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("legacy", PathStrategy.Legacy)]
    [InlineData("single", PathStrategy.Single)]
    [InlineData("explicit", PathStrategy.Explicit)]
    public void ParseStrategy_ProwSpellings(string value, PathStrategy expected) =>
        Assert.Equal(expected, PathStrategyOptions.ParseStrategy(value));

    [Fact]
    public void ParseStrategy_Unknown_NamesTheValue() =>
        Assert.Contains("'Explicit'", Assert.Throws<FormatException>(() => PathStrategyOptions.ParseStrategy("Explicit")).Message,
            StringComparison.Ordinal);
}
