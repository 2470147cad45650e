using Bowsprit.Core.Templates;
using k8s.Models;

namespace Bowsprit.Core.Tests.Templates;

/// <summary>Real templates from Prow deployments' configs, rendered over ProwJob-shaped objects.</summary>
public sealed partial class GoTemplateTests
{
    private const string KubevirtJobUrl =
        "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/{{if eq .Spec.Type \"presubmit\"}}pr-logs/pull{{else if eq .Spec.Type \"batch\"}}pr-logs/pull{{else}}logs{{end}}{{if .Spec.Refs}}{{if ne .Spec.Refs.Org \"\"}}/{{.Spec.Refs.Org}}_{{.Spec.Refs.Repo}}{{end}}{{end}}{{if eq .Spec.Type \"presubmit\"}}/{{with index .Spec.Refs.Pulls 0}}{{.Number}}{{end}}{{else if eq .Spec.Type \"batch\"}}/batch{{end}}/{{.Spec.Job}}/{{.Status.BuildID}}/";

    private const string IstioJobUrl =
        "https://prow.istio.io/view/istio-prow{{if eq .Spec.Type \"presubmit\"}}/pr-logs/pull/{{.Spec.Refs.Org}}_{{.Spec.Refs.Repo}}/{{with index .Spec.Refs.Pulls 0}}{{.Number}}{{end}}{{else if eq .Spec.Type \"batch\"}}/pr-logs/pull/batch{{else}}/logs{{end}}/{{.Spec.Job}}/{{.Status.BuildID}}";

    private const string SlackReport =
        "Job {{.Spec.Job}} of type {{.Spec.Type}} ended with state {{.Status.State}}. <{{.Status.URL}}|View logs>";

    private const string PrHistoryReport =
        "[Full PR test history](https://x/pr-history?org={{.Spec.Refs.Org}}&repo={{.Spec.Refs.Repo}}&pr={{with index .Spec.Refs.Pulls 0}}{{.Number}}{{end}}). [Your PR dashboard](https://x/pr?query=is:pr+state:open+author:{{with index .Spec.Refs.Pulls 0}}{{.Author}}{{end}}).";

    private const string JenkinsUrl = "https://jenkins.example/job/{{.Spec.Job}}/{{.Status.JenkinsBuildID}}/";

    private const string PrOrCi = "{{if or (eq .Spec.Type \"presubmit\") (eq .Spec.Type \"batch\")}}pr{{else}}ci{{end}}";

    public static TheoryData<string, string, string> ProwTemplates => new()
    {
        { KubevirtJobUrl, "presubmit", "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/pr-logs/pull/kubevirt_kubevirt/123/pull-kubevirt-unit-test/1584987912955498496/" },
        { KubevirtJobUrl, "postsubmit", "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/logs/kubevirt_kubevirt/post-kubevirt-push/1585000000000000001/" },
        { KubevirtJobUrl, "batch", "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/pr-logs/pull/kubevirt_kubevirt/batch/pull-kubevirt-e2e/1585000000000000002/" },
        { KubevirtJobUrl, "periodic", "https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/logs/periodic-kubevirt-nightly/1585000000000000003/" },
        { IstioJobUrl, "presubmit", "https://prow.istio.io/view/istio-prow/pr-logs/pull/kubevirt_kubevirt/123/pull-kubevirt-unit-test/1584987912955498496" },
        { IstioJobUrl, "postsubmit", "https://prow.istio.io/view/istio-prow/logs/post-kubevirt-push/1585000000000000001" },
        { IstioJobUrl, "batch", "https://prow.istio.io/view/istio-prow/pr-logs/pull/batch/pull-kubevirt-e2e/1585000000000000002" },
        { SlackReport, "presubmit", "Job pull-kubevirt-unit-test of type presubmit ended with state failure. <https://prow.ci.kubevirt.io/view/gs/kubevirt-prow/pr-logs/pull/kubevirt_kubevirt/123/pull-kubevirt-unit-test/1584987912955498496|View logs>" },
        { SlackReport, "postsubmit", "Job post-kubevirt-push of type postsubmit ended with state success. <https://prow/post|View logs>" },
        { SlackReport, "periodic", "Job periodic-kubevirt-nightly of type periodic ended with state Aborted. <|View logs>" },
        { PrHistoryReport, "presubmit", "[Full PR test history](https://x/pr-history?org=kubevirt&repo=kubevirt&pr=123). [Your PR dashboard](https://x/pr?query=is:pr+state:open+author:alice)." },
        { PrHistoryReport, "batch", "[Full PR test history](https://x/pr-history?org=kubevirt&repo=kubevirt&pr=123). [Your PR dashboard](https://x/pr?query=is:pr+state:open+author:alice)." },
        { JenkinsUrl, "presubmit", "https://jenkins.example/job/pull-kubevirt-unit-test/42/" },
        { PrOrCi, "presubmit", "pr" },
        { PrOrCi, "batch", "pr" },
        { PrOrCi, "postsubmit", "ci" },
        { PrOrCi, "periodic", "ci" },
        { "{{ .Name }}", "presubmit", "a1b2c3" },
        { "{{.ObjectMeta.Name}}", "batch", "g7h8i9" },
        { "{{.ObjectMeta.Namespace}}/{{.Name}}: {{index .Labels \"prow.k8s.io/type\"}}", "presubmit", "default/a1b2c3: presubmit" },
        { "{{.Status.StartTime}}", "presubmit", "2024-03-01 10:00:00 +0000 UTC" },
    };

    [Theory]
    [MemberData(nameof(ProwTemplates))]
    public void Execute_ProwConfigTemplate_RendersLikeProw(string template, string kind, string expected)
    {
        var parsed = GoTemplate.Parse("report", template);

        Assert.Equal(expected, parsed.Execute(ProwJobFixtures.ForKind(kind)));
    }

    [Fact]
    public void Execute_KubernetesObjectMeta_PromotesFieldsLikeProw()
    {
        var job = new KubernetesBackedJob
        {
            Metadata = new V1ObjectMeta
            {
                Name = "abc",
                NamespaceProperty = "test-pods",
                Labels = new Dictionary<string, string> { ["created-by-prow"] = "true" },
                CreationTimestamp = new DateTime(2024, 3, 1, 10, 0, 0, DateTimeKind.Utc),
            },
        };
        var template = GoTemplate.Parse(
            "t", "{{.Name}} {{.Namespace}} {{.ObjectMeta.Namespace}} {{index .Labels \"created-by-prow\"}} {{.CreationTimestamp}} {{len .Annotations}}");

        Assert.Equal("abc test-pods test-pods true 2024-03-01 10:00:00 +0000 UTC 0", template.Execute(job));
    }

    [Fact]
    public void Execute_SameTemplateManyJobs_ReusesParseAndStaysCorrect()
    {
        var template = GoTemplate.Parse("job_url", KubevirtJobUrl);
        var jobs = new[] { ProwJobFixtures.Presubmit(), ProwJobFixtures.Postsubmit(), ProwJobFixtures.Batch() };
        var expected = jobs.Select(template.Execute).ToArray();

        var results = new string[3000];
        Parallel.For(0, results.Length, i => results[i] = template.Execute(jobs[i % 3]));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % 3], results[i]);
        }
    }

    [Fact]
    public void Parse_KeepsNameAndText()
    {
        var template = GoTemplate.Parse("job_url_template", JenkinsUrl);

        Assert.Equal("job_url_template", template.Name);
        Assert.Equal(JenkinsUrl, template.Text);
    }

    [Fact]
    public void Execute_NullData_PrintsNoValue()
    {
        var template = GoTemplate.Parse("t", "[{{.}}][{{.Spec.Job}}][{{if .}}x{{else}}empty{{end}}]");

        Assert.Equal("[<no value>][<no value>][empty]", template.Execute(null));
    }
}
