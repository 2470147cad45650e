using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Sections;

namespace Bowsprit.Plank.Tests;

public sealed class JobUrlsTests
{
    private static ProwJob Decorated(string bucket, string? prefix = null, string? strategy = null)
    {
        var job = Presubmits.For("a", 123, "sha", Jobs.Epoch);
        job.Status.BuildId = "1001";
        job.Spec.DecorationConfig = new DecorationConfig
        {
            GcsConfiguration = new GcsConfiguration { Bucket = bucket, JobUrlPrefix = prefix, PathStrategy = strategy, DefaultOrg = "acme", DefaultRepo = "other" },
        };
        return job;
    }

    [Fact]
    public void DecoratedWithPrefix_PointsAtArtifacts() =>
        Assert.Equal("https://prow.example/view/gs/logs-bucket/pr-logs/pull/acme_widgets/123/pull-unit/1001",
            JobUrls.For(Decorated("logs-bucket", "https://prow.example/view/"), new PlankConfig { JobUrlTemplate = "unused" }));

    [Fact]
    public void LegacyStrategy_UsesRepoSegmentForDefaultOrg() =>
        Assert.Equal("https://prow.example/view/gs/b/pr-logs/pull/widgets/123/pull-unit/1001",
            JobUrls.For(Decorated("b", "https://prow.example/view", "legacy"), new PlankConfig()));

    [Fact]
    public void PrefixConfig_PrefersRepoThenOrgThenStar_AndKeepsS3Provider()
    {
        var config = new PlankConfig
        {
            JobUrlPrefixConfig = new() { ["*"] = "https://star/", ["acme"] = "https://org/", ["acme/widgets"] = "https://repo/" },
        };
        Assert.Equal("https://repo/s3/b/pr-logs/pull/acme_widgets/123/pull-unit/1001", JobUrls.For(Decorated("s3://b"), config));

        config.JobUrlPrefixConfig.Remove("acme/widgets");
        config.JobUrlPrefixDisableAppendStorageProvider = true;
        Assert.Equal("https://org/b/pr-logs/pull/acme_widgets/123/pull-unit/1001", JobUrls.For(Decorated("b"), config));
    }

    [Fact]
    public void Undecorated_RendersTemplate()
    {
        var job = Jobs.Triggered("a", job: "periodic-x");
        job.Status.BuildId = "7";
        Assert.Equal("https://ci/periodic-x/7", JobUrls.For(job, new PlankConfig { JobUrlTemplate = "https://ci/{{.Spec.Job}}/{{.Status.BuildID}}" }));
        Assert.Null(JobUrls.For(job, new PlankConfig()));
    }
}
