using System.Diagnostics;
using Bowsprit.Cli.Commands;

namespace Bowsprit.Cli.Tests;

public sealed class CheckConfigCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-cli-tests", Guid.NewGuid().ToString("N"));

    public CheckConfigCommandTests() => Directory.CreateDirectory(Path.Combine(_dir, "jobs"));

    private string ConfigPath => Path.Combine(_dir, "config.yaml");

    private string JobsPath => Path.Combine(_dir, "jobs");

    private static string CorpusPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bowsprit.slnx")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", relative));
                Assert.True(Path.Exists(path), $"shared corpus missing: {path}");
                return path;
            }
        }

        throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Run_ValidConfig_PrintsSummaryAndReturnsZero()
    {
        File.WriteAllText(ConfigPath, "pod_namespace: test-pods\n");
        File.WriteAllText(Path.Combine(JobsPath, "a.yaml"), "presubmits:\n  o/r:\n  - name: unit\n    spec: {containers: [{image: x}]}\nperiodics:\n- name: p\n  interval: 1h\n  spec: {containers: [{image: x}]}\n");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = CheckConfigCommand.Run(ConfigPath, JobsPath, null, strict: false, output, error);

        Assert.Equal(0, code);
        Assert.Equal("1 presubmits, 0 postsubmits, 1 periodics in 2 files", output.ToString().Trim());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Run_InvalidConfig_ListsEveryErrorAndFails()
    {
        File.WriteAllText(ConfigPath, "{}\n");
        var jobs = Path.Combine(JobsPath, "bad.yaml");
        File.WriteAllText(jobs, "periodics:\n- name: p\n  spec: {containers: [{image: x}]}\n- name: q\n  cron: nope\n  spec: {containers: [{image: x}]}\n");
        var (output, error) = (new StringWriter(), new StringWriter());

        var code = CheckConfigCommand.Run(ConfigPath, JobsPath, null, strict: false, output, error);

        Assert.Equal(1, code);
        var text = error.ToString();
        Assert.Contains($"{jobs}:2: error: job periodic p: field cron: a periodic needs one of cron, interval or minimum_interval", text, StringComparison.Ordinal);
        Assert.Contains($"{jobs}:5: error: job periodic q: field cron: invalid cron spec \"nope\"", text, StringComparison.Ordinal);
        Assert.Contains("checkconfig: 2 error(s) in 2 files", text, StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Fact]
    public void Run_Typo_IsWarningUnlessStrict()
    {
        File.WriteAllText(ConfigPath, "tida:\n  sync_period: 1m\n");
        var (output, error) = (new StringWriter(), new StringWriter());

        Assert.Equal(0, CheckConfigCommand.Run(ConfigPath, null, null, strict: false, output, error));
        Assert.Contains($"{ConfigPath}:1: warning: field tida: unknown field", error.ToString(), StringComparison.Ordinal);

        var strictError = new StringWriter();
        Assert.Equal(1, CheckConfigCommand.Run(ConfigPath, null, null, strict: true, new StringWriter(), strictError));
        Assert.Contains($"{ConfigPath}:1: error: field tida: unknown field", strictError.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PluginConfigWithUnknownPlugin_WarnsAndStrictFails()
    {
        File.WriteAllText(ConfigPath, "{}\n");
        var plugins = Path.Combine(_dir, "plugins.yaml");
        File.WriteAllText(plugins, "plugins:\n  acme:\n    plugins: [trigger, trigegr]\n");

        var error = new StringWriter();
        Assert.Equal(0, CheckConfigCommand.Run(ConfigPath, null, plugins, strict: false, new StringWriter(), error));
        Assert.Contains("unknown plugin \"trigegr\"", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, CheckConfigCommand.Run(ConfigPath, null, plugins, strict: true, new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Process_CorpusInstance_ExitsZeroWithSummary()
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "bowsprit.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                cli, "checkconfig",
                "--config-path", CorpusPath("knative__infra/prow/config.yaml"),
                "--job-config-path", CorpusPath("knative__infra/prow/jobs"),
                "--plugin-config", CorpusPath("knative__infra/prow/plugins.yaml"),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.True(process.ExitCode == 0, stderr);
        Assert.Equal("323 presubmits, 6 postsubmits, 220 periodics in 105 files", stdout.Trim());
    }

    [Fact]
    public async Task Process_MissingRequiredOption_FailsWithUsage()
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "bowsprit.dll"), "checkconfig" }, RedirectStandardError = true, RedirectStandardOutput = true };

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains("--config-path", stderr, StringComparison.Ordinal);
    }

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
}
