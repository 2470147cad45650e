using Bowsprit.LocalRuntime;
using Bowsprit.Server.Up;

namespace Bowsprit.Up.Tests;

/// <summary>bowsprit.yaml (working dir, then data dir) &lt; BOWSPRIT_* variables &lt; flags.</summary>
public sealed class UpSettingsTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bowsprit-up-settings", Guid.NewGuid().ToString("N"));

    public UpSettingsTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void NoFileNoFlags_Defaults()
    {
        var options = UpSettings.Load(new Dictionary<string, string?>(), _dir);

        Assert.Equal(Path.Combine(_dir, ".bowsprit"), options.DataDir);
        Assert.Equal(8080, options.Port);
        Assert.Equal(SandboxMode.Auto, options.Sandbox);
        Assert.Null(options.MaxConcurrentRuns);
        Assert.True(options.IsDemo);
    }

    [Fact]
    public void Layers_DataDirFileOverridesWorkingDirFile_EnvironmentOverridesFiles_FlagsOverrideAll()
    {
        File.WriteAllText(Path.Combine(_dir, "bowsprit.yaml"), "dataDir: state\nport: 9000\nsandbox: never\nmaxConcurrentRuns: 3\nhost: 0.0.0.0\n");
        Directory.CreateDirectory(Path.Combine(_dir, "state"));
        File.WriteAllText(Path.Combine(_dir, "state", "bowsprit.yaml"), "port: 9001\ngithubTokenPath: /etc/bot/token\n");

        var files = UpSettings.Load(new Dictionary<string, string?>(), _dir);
        Environment.SetEnvironmentVariable("BOWSPRIT_PORT", "9002");
        try
        {
            var environment = UpSettings.Load(new Dictionary<string, string?>(), _dir);
            var flags = UpSettings.Load(new Dictionary<string, string?> { ["port"] = "9003", ["sandbox"] = "always" }, _dir);

            Assert.Equal(Path.Combine(_dir, "state"), files.DataDir);
            Assert.Equal(9001, files.Port);
            Assert.Equal(SandboxMode.Never, files.Sandbox);
            Assert.Equal(3, files.MaxConcurrentRuns);
            Assert.Equal("0.0.0.0", files.Host);
            Assert.Equal("/etc/bot/token", files.GitHubTokenPath);
            Assert.False(files.IsDemo);
            Assert.Equal(9002, environment.Port);
            Assert.Equal(9003, flags.Port);
            Assert.Equal(SandboxMode.Always, flags.Sandbox);
        }
        finally
        {
            Environment.SetEnvironmentVariable("BOWSPRIT_PORT", null);
        }
    }

    [Fact]
    public void BrokenYaml_NamesTheFile()
    {
        File.WriteAllText(Path.Combine(_dir, "bowsprit.yaml"), "port: [unclosed\n");

        var error = Assert.Throws<InvalidOperationException>(() => UpSettings.Load(new Dictionary<string, string?>(), _dir));

        Assert.Contains("bowsprit.yaml", error.Message, StringComparison.Ordinal);
    }
}
