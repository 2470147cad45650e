using System.Text.Json;
using Bowsprit.Core.Api;
using Bowsprit.Core.ProwJobs;
using Bowsprit.Testing.Git;

namespace Bowsprit.Cli.Tests;

/// <summary>
/// The pod utilities as a decorated pod runs them, one process each and in order, configured only by Prow's
/// option variables: clonerefs → initupload → entrypoint → sidecar, uploading to a local bucket directory.
/// </summary>
public sealed class PodUtilityCommandsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-podutils", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public PodUtilityCommandsTests() => Directory.CreateDirectory(_dir);

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

    [Fact]
    public async Task DecoratedPodSequence_UploadsProwsLayout()
    {
        var upstream = await UpstreamRepo.CreateAsync(Directory.CreateDirectory(Path.Combine(_dir, "git")).FullName);
        var baseSha = await upstream.CommitToMainAsync("main.txt", "base");
        var pullSha = await upstream.OpenPullAsync(7, baseSha, "pr.txt", "change");
        var refs = new Refs
        {
            Org = "acme", Repo = "widgets", BaseRef = "main", BaseSha = baseSha, CloneUri = upstream.CloneUri,
            Pulls = [new Pull { Number = 7, Author = "al", Sha = pullSha }],
        };
        var spec = new DownwardJobSpec { Type = ProwJobType.Presubmit, Job = "unit", BuildId = "42", ProwJobId = "pj-1", Refs = refs };
        var logs = Directory.CreateDirectory(Path.Combine(_dir, "logs")).FullName;
        var bucket = Path.Combine(_dir, "bucket");
        var upload = new Dictionary<string, object?> { ["bucket"] = bucket, ["path_strategy"] = "explicit" };
        var env = new Dictionary<string, string>
        {
            ["JOB_SPEC"] = spec.ToJson(),
            ["CLONEREFS_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["src_root"] = Path.Combine(_dir, "go"), ["log"] = Path.Combine(logs, "clone.json"), ["refs"] = new[] { JsonSerializer.Deserialize<JsonElement>(ProwJson.Serialize(refs)) },
            }),
            ["INITUPLOAD_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?>(upload) { ["log"] = Path.Combine(logs, "clone.json") }),
            ["ENTRYPOINT_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["args"] = new[] { "/bin/sh", "-c", "cat main.txt pr.txt; echo '{\"k\":\"v\"}' > $ARTIFACTS/metadata.json; echo junit > $ARTIFACTS/junit_1.xml" },
                ["process_log"] = Path.Combine(logs, "process-log.txt"),
                ["marker_file"] = Path.Combine(logs, "marker-file.txt"),
                ["artifact_dir"] = Path.Combine(logs, "artifacts"),
                ["timeout"] = 60_000_000_000L,
            }),
            ["SIDECAR_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["gcs_options"] = new Dictionary<string, object?>(upload) { ["items"] = new[] { Path.Combine(logs, "artifacts") } },
                ["entries"] = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["process_log"] = Path.Combine(logs, "process-log.txt"),
                        ["marker_file"] = Path.Combine(logs, "marker-file.txt"),
                        ["metadata_file"] = Path.Combine(logs, "artifacts", "metadata.json"),
                    },
                },
            }),
        };

        var clone = await CliProcess.RunAsync(env, Ct, "clonerefs");
        Assert.Equal(0, clone.Code);
        var init = await CliProcess.RunAsync(env, Ct, "initupload");
        Assert.Equal(0, init.Code);

        // The sidecar starts with the job and waits for its marker.
        using var sidecar = CliProcess.Start(env, "sidecar");
        var workdir = Path.Combine(_dir, "go", "src", "github.com", "acme", "widgets");
        var entry = await CliProcess.RunInAsync(workdir, env, Ct, "entrypoint");
        Assert.Equal(0, entry.Code);
        Assert.Contains("basechange", entry.Output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        await sidecar.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(0, sidecar.ExitCode);

        var job = Path.Combine(bucket, "pr-logs", "pull", "acme_widgets", "7", "unit", "42");
        using var started = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(job, "started.json"), Ct));
        Assert.Equal("7", started.RootElement.GetProperty("pull").GetString());
        Assert.Equal(40, started.RootElement.GetProperty("repo-commit").GetString()!.Length);
        Assert.Contains("# Final SHA:", await File.ReadAllTextAsync(Path.Combine(job, "clone-log.txt"), Ct), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(job, "clone-records.json")));
        Assert.Contains("change", await File.ReadAllTextAsync(Path.Combine(job, "build-log.txt"), Ct), StringComparison.Ordinal);
        Assert.Equal("junit", (await File.ReadAllTextAsync(Path.Combine(job, "artifacts", "junit_1.xml"), Ct)).Trim());
        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(job, "finished.json"), Ct));
        Assert.Equal("SUCCESS", finished.RootElement.GetProperty("result").GetString());
        Assert.Equal(pullSha, finished.RootElement.GetProperty("revision").GetString());
        Assert.Equal("v", finished.RootElement.GetProperty("metadata").GetProperty("k").GetString());
        Assert.Equal("42", await File.ReadAllTextAsync(Path.Combine(bucket, "pr-logs", "directory", "unit", "latest-build.txt"), Ct));
        Assert.Equal($"file://{bucket}/pr-logs/pull/acme_widgets/7/unit/42",
            await File.ReadAllTextAsync(Path.Combine(bucket, "pr-logs", "directory", "unit", "42.txt"), Ct));
    }

    [Fact]
    public async Task FailedClone_InituploadFailsTheRun()
    {
        var refs = new Refs { Org = "acme", Repo = "gone", BaseRef = "main", CloneUri = new Uri(Path.Combine(_dir, "missing.git")).AbsoluteUri };
        var spec = new DownwardJobSpec { Type = ProwJobType.Postsubmit, Job = "post", BuildId = "5", ProwJobId = "pj-2", Refs = refs };
        var bucket = Path.Combine(_dir, "bucket");
        var env = new Dictionary<string, string>
        {
            ["JOB_SPEC"] = spec.ToJson(),
            ["CLONEREFS_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["src_root"] = Path.Combine(_dir, "go"), ["log"] = Path.Combine(_dir, "clone.json"), ["refs"] = new[] { JsonSerializer.Deserialize<JsonElement>(ProwJson.Serialize(refs)) },
            }),
            ["INITUPLOAD_OPTIONS"] = JsonSerializer.Serialize(new Dictionary<string, object?> { ["bucket"] = bucket, ["log"] = Path.Combine(_dir, "clone.json") }),
        };

        Assert.Equal(0, (await CliProcess.RunAsync(env, Ct, "clonerefs")).Code);
        Assert.NotEqual(0, (await CliProcess.RunAsync(env, Ct, "initupload")).Code);

        var job = Path.Combine(bucket, "logs", "post", "5");
        Assert.Contains("# Clone failed", await File.ReadAllTextAsync(Path.Combine(job, "build-log.txt"), Ct), StringComparison.Ordinal);
        using var finished = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(job, "finished.json"), Ct));
        Assert.False(finished.RootElement.GetProperty("passed").GetBoolean());
    }

    [Theory]
    [InlineData("initupload", "INITUPLOAD_OPTIONS", "{\"bucket\": 5}", "INITUPLOAD_OPTIONS: invalid value at $.bucket")]
    [InlineData("sidecar", "SIDECAR_OPTIONS", "{\"gcs_options\": {\"bucket\": \"s3://logs-bucket\"}}", "SIDECAR_OPTIONS: \"entries\" needs at least one entry")]
    [InlineData("entrypoint", "ENTRYPOINT_OPTIONS", "", "ENTRYPOINT_OPTIONS is empty")]
    [InlineData("clonerefs", "CLONEREFS_OPTIONS", "{\"log\": \"/tmp/x\"}", "\"src_root\" is required")]
    public async Task BadOptions_ExitOneNamingTheVariableAndField(string command, string variable, string value, string message)
    {
        var env = new Dictionary<string, string> { [variable] = value, ["JOB_SPEC"] = "{\"type\":\"periodic\",\"job\":\"j\"}" };

        var (code, _, error) = await CliProcess.RunAsync(env, Ct, command);

        Assert.Equal(1, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
