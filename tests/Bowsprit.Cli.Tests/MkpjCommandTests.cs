using System.Globalization;
using System.Text.Json.Nodes;
using Bowsprit.Cli.Commands;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Forge.Api;
using Bowsprit.Forge.Hosting;
using Bowsprit.Sqlite;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bowsprit.Cli.Tests;

public sealed class MkpjCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-mkpj", Guid.NewGuid().ToString("N"));

    public MkpjCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "jobs"));
        File.WriteAllText(ConfigPath, "prowjob_namespace: prow-jobs\n");
        File.WriteAllText(Path.Combine(_dir, "jobs", "kubevirt.yaml"), """
            periodics:
            - name: periodic-kubevirt-e2e
              cron: "5 */2 * * *"
              labels: {preset-dind: "true"}
              extra_refs:
              - {org: kubevirt, repo: kubevirt, base_ref: main}
              spec: {containers: [{image: quay.io/kubevirtci/bootstrap, command: [make, e2e]}]}
            presubmits:
              kubevirt/kubevirt:
              - name: pull-kubevirt-unit
                always_run: true
                spec: {containers: [{image: golang, command: [make, test]}]}
            postsubmits:
              kubevirt/kubevirt:
              - name: post-kubevirt-push
                spec: {containers: [{image: golang, command: [make, push]}]}
            """);
    }

    private string ConfigPath => Path.Combine(_dir, "config.yaml");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var parse = BowspritCommand.Create().Parse(["mkpj", "--config-path", ConfigPath, "--job-config-path", Path.Combine(_dir, "jobs"), .. args]);
        parse.InvocationConfiguration.Output = output;
        parse.InvocationConfiguration.Error = error;
        var code = await parse.InvokeAsync(cancellationToken: TestContext.Current.CancellationToken);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Reads YAML the way kubectl does: plain scalars resolved to JSON types, then the ProwJob type.</summary>
    private static ProwJob ParseYaml(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ProwJson.Deserialize<ProwJob>(ToJson(stream.Documents[0].RootNode)!.ToJsonString());
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "null" or "~" } => null,
        YamlScalarNode { Style: ScalarStyle.Plain, Value: "true" or "false" } scalar => JsonValue.Create(scalar.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar when long.TryParse(scalar.Value, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"unexpected node {node.NodeType}"),
    };

    [Fact]
    public async Task Periodic_PrintsProwJobYamlInProwShape()
    {
        var (code, output, error) = await RunAsync("--job", "periodic-kubevirt-e2e");

        Assert.True(code == 0, error);
        Assert.StartsWith("apiVersion: prow.k8s.io/v1\nkind: ProwJob\nmetadata:\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("  namespace: prow-jobs", output, StringComparison.Ordinal);
        Assert.Contains("    preset-dind: \"true\"", output, StringComparison.Ordinal);
        Assert.Contains("  state: triggered", output, StringComparison.Ordinal);
        Assert.Contains("  startTime: \"", output, StringComparison.Ordinal);

        var job = ParseYaml(output);
        Assert.Equal(ProwJobType.Periodic, job.Spec.Type);
        Assert.Equal("periodic-kubevirt-e2e", job.Spec.Job);
        Assert.Null(job.Spec.Refs);
        Assert.Equal("kubevirt", Assert.Single(job.Spec.ExtraRefs!).Org);
        Assert.Equal(["make", "e2e"], job.Spec.PodSpec!.Containers[0].Command);
        Assert.Equal("periodic-kubevirt-e2e", job.Metadata.Labels[ProwJobLabels.Job]);
        Assert.Equal(ProwJobState.Triggered, job.Status.State);
    }

    [Fact]
    public async Task Presubmit_WithGivenShas_NeedsNoGitHub()
    {
        var (code, output, error) = await RunAsync(
            "--job", "pull-kubevirt-unit", "--pull", "1234", "--base-ref", "main", "--base-sha", "aaaa111", "--pull-sha", "bbbb222", "--pull-author", "alice",
            "--github-endpoint", "http://127.0.0.1:1");

        Assert.True(code == 0, error);
        var job = ParseYaml(output);
        Assert.Equal(ProwJobType.Presubmit, job.Spec.Type);
        var refs = job.Spec.Refs!;
        Assert.Equal(("kubevirt", "kubevirt", "main", "aaaa111"), (refs.Org, refs.Repo, refs.BaseRef, refs.BaseSha));
        var pull = Assert.Single(refs.Pulls!);
        Assert.Equal((1234, "bbbb222", "alice"), (pull.Number, pull.Sha, pull.Author));
        Assert.Equal("1234", job.Metadata.Labels[ProwJobLabels.Pull]);
    }

    [Fact]
    public async Task Presubmit_WithoutShas_LooksThePullRequestUpOnGitHub()
    {
        await using var forge = await ForgeServer.StartAsync(new ForgeOptions { DataDir = Path.Combine(_dir, "forge") }, ct: TestContext.Current.CancellationToken);
        async Task<string> ForgeAsync(params string[] args)
        {
            var output = new StringWriter();
            var parse = BowspritCommand.Create().Parse(["forge", "--url", forge.BaseUrl, .. args]);
            parse.InvocationConfiguration.Output = output;
            Assert.Equal(0, await parse.InvokeAsync(cancellationToken: TestContext.Current.CancellationToken));
            return output.ToString().Trim();
        }

        var token = await ForgeAsync("add-user", "alice");
        await ForgeAsync("create-org", "kubevirt");
        await ForgeAsync("add-member", "kubevirt", "alice", "--role", "admin");
        await ForgeAsync("create-repo", "kubevirt/kubevirt", "--as", "alice");
        var head = await ForgeAsync("commit", "kubevirt/kubevirt", "--branch", "fix", "--from", "main", "--file", "fix.txt=fixed\\n", "--message", "Fix it");
        await ForgeAsync("open-pr", "kubevirt/kubevirt", "--head", "fix", "--title", "Fix it", "--as", "alice");
        var tokenPath = Path.Combine(_dir, "token");
        await File.WriteAllTextAsync(tokenPath, token + "\n", TestContext.Current.CancellationToken);

        var (code, yaml, error) = await RunAsync("--job", "pull-kubevirt-unit", "--pull", "1", "--github-endpoint", $"{forge.BaseUrl}/api/v3", "--github-token-path", tokenPath);

        Assert.True(code == 0, error);
        var refs = ParseYaml(yaml).Spec.Refs!;
        Assert.Equal("main", refs.BaseRef);
        Assert.Matches("^[0-9a-f]{40}$", refs.BaseSha);
        Assert.NotEqual(head, refs.BaseSha);
        var pull = Assert.Single(refs.Pulls!);
        Assert.Equal((1, head, "alice", "Fix it"), (pull.Number, pull.Sha, pull.Author, pull.Title));
        Assert.Equal($"{forge.BaseUrl}/kubevirt/kubevirt/pull/1", pull.Link);
    }

    [Fact]
    public async Task Presubmit_WithoutPull_Fails()
    {
        var (code, _, error) = await RunAsync("--job", "pull-kubevirt-unit");

        Assert.Equal(1, code);
        Assert.Contains("--pull is required", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Postsubmit_WithBaseSha()
    {
        var (code, output, error) = await RunAsync("--job", "post-kubevirt-push", "--base-ref", "main", "--base-sha", "cccc333");

        Assert.True(code == 0, error);
        var job = ParseYaml(output);
        Assert.Equal(ProwJobType.Postsubmit, job.Spec.Type);
        Assert.Equal(("main", "cccc333"), (job.Spec.Refs!.BaseRef, job.Spec.Refs.BaseSha));
        Assert.Null(job.Spec.Refs.Pulls);
    }

    [Fact]
    public async Task Create_StoresTheJobAndPrintsItsName()
    {
        var data = Path.Combine(_dir, "data");

        var (code, output, error) = await RunAsync("--job", "periodic-kubevirt-e2e", "--create", "--data-dir", data);

        Assert.True(code == 0, error);
        var name = output.Trim();
        Assert.Matches("^[0-9a-f-]{36}$", name);
        await using var store = await SqliteProwJobStore.OpenAsync(Path.Combine(data, "prowjobs.db"), TestContext.Current.CancellationToken);
        var stored = await store.GetAsync(name, TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.Equal("periodic-kubevirt-e2e", stored.Spec.Job);
        Assert.Equal(ProwJobState.Triggered, stored.Status.State);
        Assert.Single(await store.ListAsync(ProwJobQuery.All, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task UnknownJob_ExitsOneNamingIt()
    {
        var (code, output, error) = await RunAsync("--job", "no-such-job");

        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("no job named no-such-job", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_QuotesStringsYamlWouldReadAsOtherTypes()
    {
        var job = new ProwJob { Spec = new ProwJobSpec { Job = "123", Context = "" } };
        job.Metadata.Name = "x";
        job.Metadata.Labels = new Dictionary<string, string> { ["a"] = "true", ["b"] = "no", ["c"] = "1.5", ["d"] = "plain" };

        var yaml = ProwJobYaml.Serialize(job);

        Assert.Contains("    a: \"true\"", yaml, StringComparison.Ordinal);
        Assert.Contains("    b: \"no\"", yaml, StringComparison.Ordinal);
        Assert.Contains("    c: \"1.5\"", yaml, StringComparison.Ordinal);
        Assert.Contains("    d: plain", yaml, StringComparison.Ordinal);
        Assert.Contains("  job: \"123\"", yaml, StringComparison.Ordinal);
        Assert.Equal("123", ParseYaml(yaml).Spec.Job);
    }
}
