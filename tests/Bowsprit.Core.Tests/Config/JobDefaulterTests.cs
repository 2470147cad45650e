using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Tests.Support;

namespace Bowsprit.Core.Tests.Config;

public sealed class JobDefaulterTests
{
    private static LoadedConfig Load(string config, string jobs)
    {
        using var dir = new TempConfigDir();
        dir.Config(config);
        dir.Job("jobs.yaml", jobs);
        var loaded = dir.Load();
        DiagnosticAssert.None(loaded.Errors);
        return loaded;
    }

    private const string Spec = "    spec:\n      containers:\n      - {image: alpine, command: [make]}\n";

    [Fact]
    public void Apply_Presubmit_DefaultsContextTriggerAndRerunCommand()
    {
        var job = Load("{}", "presubmits:\n  org/repo:\n  - name: unit\n" + Spec).Config.PresubmitsFor("org/repo")[0];

        Assert.Equal("unit", job.Context);
        Assert.Equal(@"(?m)^/test( | .* )unit,?($|\s.*)", job.Trigger);
        Assert.Equal("/test unit", job.RerunCommand);
        Assert.True(job.TriggerMatches("/test unit"));
        Assert.True(job.TriggerMatches("please\n/test lint unit\nthanks"));
        Assert.True(job.TriggerMatches("/test unit, lint"));
        Assert.False(job.TriggerMatches("/test unit2"));
        Assert.False(job.TriggerMatches("/test all"));
        Assert.Equal(ProwJobAgents.Kubernetes, job.Agent);
        Assert.Equal("default", job.Cluster);
        Assert.Equal("default", job.Namespace);
        Assert.True(job.ContextRequired);
        Assert.True(job.NeedsExplicitTrigger);
    }

    [Fact]
    public void Apply_PodNamespaceAndDecorateAllJobs_AreDefaults()
    {
        var config = "pod_namespace: test-pods\ndecorate_all_jobs: true\n" + TempConfigDir.MinimalDecoration;
        var jobs = "presubmits:\n  org/repo:\n  - name: a\n" + Spec + "  - name: b\n    decorate: false\n" + Spec;

        var loaded = Load(config, jobs).Config.PresubmitsFor("org/repo");

        Assert.Equal("test-pods", loaded[0].Namespace);
        Assert.True(loaded[0].IsDecorated);
        Assert.Equal("clonerefs:v1", loaded[0].DecorationConfig!.UtilityImages!.CloneRefs);
        Assert.False(loaded[1].IsDecorated);
    }

    [Fact]
    public void Apply_DecorationEntries_MergeInOrderThenJobOnTop()
    {
        var config = """
            plank:
              default_decoration_config_entries:
              - config:
                  timeout: 2h
                  grace_period: 15s
                  utility_images: {clonerefs: c:1, initupload: i:1, entrypoint: e:1, sidecar: s:1}
                  gcs_configuration: {bucket: global, path_strategy: explicit, mediaTypes: {log: text/plain}}
              - repo: org
                config:
                  utility_images: {sidecar: s:org}
              - repo: org/repo
                cluster: build
                config:
                  timeout: 3h
                  gcs_configuration: {bucket: repo-bucket, mediaTypes: {json: application/json}}
              - repo: other/repo
                config:
                  timeout: 9h
            """;
        var jobs = "presubmits:\n  org/repo:\n  - name: a\n    decorate: true\n    cluster: build\n    decoration_config:\n      grace_period: 30s\n" + Spec;

        var decoration = Load(config, jobs).Config.PresubmitsFor("org/repo")[0].DecorationConfig!;

        Assert.Equal(TimeSpan.FromHours(3), decoration.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(30), decoration.GracePeriod);
        Assert.Equal("s:org", decoration.UtilityImages!.Sidecar);
        Assert.Equal("c:1", decoration.UtilityImages.CloneRefs);
        Assert.Equal("repo-bucket", decoration.GcsConfiguration!.Bucket);
        Assert.Equal("explicit", decoration.GcsConfiguration.PathStrategy);
        Assert.Equal(new Dictionary<string, string> { ["json"] = "application/json", ["log"] = "text/plain" }, decoration.GcsConfiguration.MediaTypes);
    }

    [Fact]
    public void Apply_LegacyDefaultDecorationConfigs_OrderStarOrgRepo()
    {
        var config = """
            plank:
              default_decoration_configs:
                org/repo: {timeout: 3h}
                org: {timeout: 2h, grace_period: 1m}
                '*':
                  timeout: 1h
                  grace_period: 10s
                  skip_cloning: false
                  utility_images: {clonerefs: c, initupload: i, entrypoint: e, sidecar: s}
                  gcs_configuration: {bucket: bkt, path_strategy: explicit}
            """;
        var jobs = "presubmits:\n  org/repo:\n  - name: a\n    decorate: true\n" + Spec + "  org/other:\n  - name: b\n    decorate: true\n" + Spec;

        var config2 = Load(config, jobs).Config;

        Assert.Equal(TimeSpan.FromHours(3), config2.PresubmitsFor("org/repo")[0].DecorationConfig!.Timeout);
        Assert.Equal(TimeSpan.FromMinutes(1), config2.PresubmitsFor("org/repo")[0].DecorationConfig!.GracePeriod);
        Assert.Equal(TimeSpan.FromHours(2), config2.PresubmitsFor("org/other")[0].DecorationConfig!.Timeout);
        Assert.False(config2.PresubmitsFor("org/other")[0].DecorationConfig!.SkipCloning);
    }

    [Fact]
    public void Apply_Presets_AddEnvVolumesAndMountsToMatchingJobs()
    {
        var jobs = """
            presets:
            - labels: {preset-cloud: "true"}
              env: [{name: CLOUD, value: "1"}]
              volumes: [{name: creds, secret: {secretName: creds}}]
              volumeMounts: [{name: creds, mountPath: /creds}]
            - env: [{name: EVERYWHERE, value: "yes"}]
            periodics:
            - name: with-preset
              interval: 1h
              labels: {preset-cloud: "true"}
              spec:
                containers: [{image: alpine}]
            - name: without-preset
              interval: 1h
              spec:
                containers: [{image: alpine}]
            """;

        var periodics = Load("{}", jobs).Config.AllPeriodics;

        var with = periodics[0].Spec!;
        Assert.Equal(["CLOUD", "EVERYWHERE"], with.Containers[0].Env.Select(static e => e.Name));
        Assert.Equal("creds", Assert.Single(with.Volumes).Name);
        Assert.Equal("/creds", Assert.Single(with.Containers[0].VolumeMounts).MountPath);
        var without = periodics[1].Spec!;
        Assert.Equal(["EVERYWHERE"], without.Containers[0].Env.Select(static e => e.Name));
        Assert.Null(without.Volumes);
    }

    [Fact]
    public void Apply_ProwJobDefaultEntries_SetTenant()
    {
        var config = "prowjob_default_entries:\n- repo: org\n  config: {tenant_id: org-tenant}\n";
        var jobs = "presubmits:\n  org/repo:\n  - name: a\n" + Spec + "  other/repo:\n  - name: b\n" + Spec;

        var loaded = Load(config, jobs).Config;

        Assert.Equal("org-tenant", loaded.PresubmitsFor("org/repo")[0].ProwJobDefaults?.TenantId);
        Assert.Null(loaded.PresubmitsFor("other/repo")[0].ProwJobDefaults);
    }
}
