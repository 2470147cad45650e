using Bowsprit.Core.Api;
using Bowsprit.Core.Config.Loading;
using Bowsprit.Core.Templates;
using Bowsprit.Core.Tests.Config;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>The URL and report templates real Prow instances use, rendered over sample ProwJobs.</summary>
public sealed class CorpusTemplateTests
{
    private const string BuildId = "1859181720450560000";

    private static ProwJob Presubmit(ProwJobState state = ProwJobState.Failure) => new()
    {
        Metadata = new() { Name = "0d3c6f6e" },
        Spec = new ProwJobSpec
        {
            Type = ProwJobType.Presubmit,
            Job = "pull-kubevirt-unit-test",
            Refs = new Refs
            {
                Org = "kubevirt",
                Repo = "kubevirt",
                BaseRef = "main",
                BaseSha = "8d1e8b5",
                BaseLink = "https://github.com/kubevirt/kubevirt/commit/8d1e8b5",
                Pulls = [new Pull { Number = 12345, Author = "alice", Sha = "f00d" }],
            },
        },
        Status = new ProwJobStatus { State = state, BuildId = BuildId, Url = "https://deck/view/1", JenkinsBuildId = "77" },
    };

    private static ProwJob Periodic() => new()
    {
        Spec = new ProwJobSpec { Type = ProwJobType.Periodic, Job = "periodic-nightly" },
        Status = new ProwJobStatus { State = ProwJobState.Success, BuildId = "42" },
    };

    private static Core.Config.ProwConfig Load(string instance)
    {
        var corpus = Corpus.Get(instance);
        return ProwConfigLoader.Load(new ConfigLoadOptions(corpus.ConfigPath)).Config;
    }

    [Fact]
    public void JobUrlTemplate_Kubevirt_RendersGcsViewUrl()
    {
        var template = GoTemplate.Parse("job_url_template", Load("kubevirt/project-infra").Plank.JobUrlTemplate!);

        Assert.Equal($"https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/pr-logs/pull/kubevirt_kubevirt/12345/pull-kubevirt-unit-test/{BuildId}/", template.Execute(Presubmit()));
        Assert.Equal("https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/logs/periodic-nightly/42/", template.Execute(Periodic()));
    }

    [Theory]
    [InlineData("istio/test-infra (prow/gcp instance)", "https://prow.istio.io/view/istio-prow")]
    [InlineData("istio/test-infra (prow/aws instance)", "https://aws.prow.istio.io/view/istio-prow")]
    public void JobUrlTemplate_Istio_RendersPerType(string instance, string prefix)
    {
        var template = GoTemplate.Parse("job_url_template", Load(instance).Plank.JobUrlTemplate!);
        var batch = Presubmit();
        batch.Spec.Type = ProwJobType.Batch;

        Assert.Equal($"{prefix}/pr-logs/pull/kubevirt_kubevirt/12345/pull-kubevirt-unit-test/{BuildId}", template.Execute(Presubmit()));
        Assert.Equal($"{prefix}/pr-logs/pull/batch/pull-kubevirt-unit-test/{BuildId}", template.Execute(batch));
        Assert.Equal($"{prefix}/logs/periodic-nightly/42", template.Execute(Periodic()));
    }

    [Fact]
    public void ReportTemplate_Metal3_LinksPrHistoryAndDashboard()
    {
        var template = GoTemplate.Parse("report_templates", Load("metal3-io/project-infra").Plank.ReportTemplates!["*"]);

        Assert.Equal(
            "[Full PR test history](https://prow.apps.test.metal3.io/pr-history?org=kubevirt&repo=kubevirt&pr=12345). " +
            "[Your PR dashboard](https://prow.apps.test.metal3.io/pr?query=is:pr+state:open+author:alice).",
            template.Execute(Presubmit()));
    }

    [Fact]
    public void SlackTemplate_Kubevirt_DescribesStateWithLink()
    {
        var slack = Load("kubevirt/project-infra").SlackReporterConfigs!.Values.First(static s => s.ReportTemplate is not null);

        var text = GoTemplate.Parse("report_template", slack.ReportTemplate!).Execute(Presubmit());

        Assert.Equal("Job pull-kubevirt-unit-test of type presubmit ended with state failure. <https://deck/view/1|View logs>", text);
    }

    [Fact]
    public void JobUrlTemplate_Metal3Jenkins_UsesJenkinsBuildId()
    {
        var template = GoTemplate.Parse("jenkins", "https://jenkins.nordix.org/view/Metal3/job/{{.Spec.Job}}/{{.Status.JenkinsBuildID}}/");

        Assert.Equal("https://jenkins.nordix.org/view/Metal3/job/pull-kubevirt-unit-test/77/", template.Execute(Presubmit()));
    }

    [Fact]
    public void Execute_ObjectMetaFields_ArePromoted()
    {
        var template = GoTemplate.Parse("meta", "{{.Name}}/{{.ObjectMeta.Name}}");

        Assert.Equal("0d3c6f6e/0d3c6f6e", template.Execute(Presubmit()));
    }
}
