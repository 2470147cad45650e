using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Core.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Bowsprit.Core.Tests.ProwJobs;

public sealed class ProwJobFactoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, 500, TimeSpan.Zero);

    private static Core.Config.ProwConfig Load(string jobs)
    {
        using var dir = new TempConfigDir();
        dir.Config(TempConfigDir.MinimalDecoration);
        dir.Job("jobs.yaml", jobs);
        var loaded = dir.Load();
        DiagnosticAssert.None(loaded.Errors);
        return loaded.Config;
    }

    private static Refs PrRefs(string baseRef = "main") => new()
    {
        Org = "acme",
        Repo = "widgets",
        BaseRef = baseRef,
        BaseSha = "abc",
        Pulls = [new Pull { Number = 42, Author = "alice", Sha = "def" }],
    };

    [Fact]
    public void NewPresubmit_FromConfig_HasProwSpecLabelsAndState()
    {
        var config = Load("""
            presubmits:
              acme/widgets:
              - name: pull-widgets-unit
                decorate: true
                optional: true
                path_alias: example.com/widgets
                clone_depth: 1
                labels: {team: core}
                annotations: {owner: core-team}
                spec:
                  containers: [{image: golang, command: [make]}]
            """);
        var factory = new ProwJobFactory(new FakeTimeProvider(Now));

        var job = factory.NewPresubmit(config.PresubmitsFor("acme/widgets")[0], PrRefs(), eventGuid: "guid-1");

        Assert.True(Guid.TryParse(job.Name, out _));
        Assert.Equal(ProwJobState.Triggered, job.Status.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero), job.Status.StartTime);
        Assert.True(job.Spec.Report);
        Assert.Equal("pull-widgets-unit", job.Spec.Context);
        Assert.Equal("/test pull-widgets-unit", job.Spec.RerunCommand);
        Assert.Equal("example.com/widgets", job.Spec.Refs!.PathAlias);
        Assert.Equal(1, job.Spec.Refs.CloneDepth);
        Assert.Equal("clonerefs:v1", job.Spec.DecorationConfig!.UtilityImages!.CloneRefs);
        Assert.Equal(ProwJobDefault.GlobalDefaultTenantId, job.Spec.ProwJobDefaults!.TenantId);
        var labels = job.Metadata.Labels;
        Assert.Equal("true", labels[ProwJobLabels.CreatedByProw]);
        Assert.Equal("presubmit", labels[ProwJobLabels.Type]);
        Assert.Equal("pull-widgets-unit", labels[ProwJobLabels.Job]);
        Assert.Equal("acme", labels[ProwJobLabels.Org]);
        Assert.Equal("widgets", labels[ProwJobLabels.Repo]);
        Assert.Equal("main", labels[ProwJobLabels.BaseRef]);
        Assert.Equal("42", labels[ProwJobLabels.Pull]);
        Assert.Equal("true", labels[ProwJobLabels.IsOptional]);
        Assert.Equal("guid-1", labels[ProwJobLabels.EventGuid]);
        Assert.Equal("core", labels["team"]);
        Assert.Equal("core-team", job.Metadata.Annotations["owner"]);
        Assert.Equal("pull-widgets-unit", job.Metadata.Annotations[ProwJobLabels.Job]);
    }

    [Fact]
    public void Create_LongNameAndSlashedBranch_AreSanitizedInLabelsButKeptInAnnotations()
    {
        var longName = "pull-" + new string('x', 70);
        var spec = new ProwJobSpec { Type = ProwJobType.Postsubmit, Job = longName, Context = longName, Refs = new Refs { Org = "o", Repo = "r", BaseRef = "release/1.2" } };

        var job = new ProwJobFactory(new FakeTimeProvider(Now)).Create(spec);

        Assert.Equal(63, job.Metadata.Labels[ProwJobLabels.Job].Length);
        Assert.Equal(longName, job.Metadata.Annotations[ProwJobLabels.Job]);
        Assert.Equal(longName, job.Metadata.Annotations[ProwJobLabels.Context]);
        Assert.Equal("1.2", job.Metadata.Labels[ProwJobLabels.BaseRef]);
    }

    [Fact]
    public void Create_UnsalvageableLabel_IsDropped()
    {
        var spec = new ProwJobSpec { Type = ProwJobType.Periodic, Job = "p" };

        var job = new ProwJobFactory(new FakeTimeProvider(Now)).Create(spec, new Dictionary<string, string> { ["bad"] = "not valid!" });

        Assert.False(job.Metadata.Labels.ContainsKey("bad"));
    }

    [Fact]
    public void Specs_ReportDefaults_FollowJobType()
    {
        var config = Load("""
            presubmits:
              acme/widgets:
              - name: quiet
                skip_report: true
                spec: {containers: [{image: x}]}
            postsubmits:
              acme/widgets:
              - name: deploy
                spec: {containers: [{image: x}]}
            periodics:
            - name: nightly
              interval: 24h
              extra_refs: [{org: acme, repo: widgets, base_ref: main}]
              spec: {containers: [{image: x}]}
            """);
        var presubmit = config.PresubmitsFor("acme/widgets")[0];

        Assert.False(ProwJobFactory.PresubmitSpec(presubmit, PrRefs()).Report);
        Assert.False(ProwJobFactory.BatchSpec(presubmit, PrRefs()).Report);
        Assert.Equal(ProwJobType.Batch, ProwJobFactory.BatchSpec(presubmit, PrRefs()).Type);
        Assert.True(ProwJobFactory.PostsubmitSpec(config.PostsubmitsFor("acme/widgets")[0], PrRefs()).Report);
        var periodic = new ProwJobFactory(new FakeTimeProvider(Now)).NewPeriodic(config.AllPeriodics[0]);
        Assert.True(periodic.Spec.Report);
        Assert.Null(periodic.Spec.Refs);
        Assert.Equal("widgets", periodic.Metadata.Labels[ProwJobLabels.Repo]);
        Assert.Null(periodic.Spec.DecorationConfig);
    }
}
