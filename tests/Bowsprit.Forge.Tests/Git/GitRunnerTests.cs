using System.Diagnostics;
using System.Text;
using Bowsprit.Forge.Git;

namespace Bowsprit.Forge.Tests.Git;

public sealed class GitRunnerTests
{
    [Fact]
    public async Task RunAsync_StandardInput_IsPassedToGit()
    {
        using var env = new GitTestEnvironment();

        var result = await env.Git.RunAsync(["hash-object", "--stdin"], new GitRunOptions { StandardInput = Encoding.UTF8.GetBytes("hello\n") }, GitTestEnvironment.Token);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("ce013625030ba8dba906f756967f9e9ca394464a", result.Output.Trim());
    }

    [Fact]
    public async Task RunAsync_Configuration_ComesOnlyFromTheCommandLine()
    {
        using var env = new GitTestEnvironment();

        var output = await env.RunAsync(env.Directory, "config", "--list", "--show-scope");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.StartsWith("command", line, StringComparison.Ordinal));
        Assert.Contains($"command\tuser.name={GitIdentity.Forge.Name}", lines);
    }

    [Fact]
    public async Task EnsureSuccess_Failure_ThrowsWithExitCodeAndStandardError()
    {
        using var env = new GitTestEnvironment();

        var result = await env.Git.RunAsync(env.Directory, ["frobnicate"], GitTestEnvironment.Token);
        var ex = Assert.Throws<GitCommandException>(() => result.EnsureSuccess());

        Assert.Equal(1, ex.ExitCode);
        Assert.Equal("git frobnicate", ex.Command);
        Assert.Contains("is not a git command", ex.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_KillsTheWholeProcessTree()
    {
        using var env = new GitTestEnvironment();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(GitTestEnvironment.Token);
        cts.CancelAfter(TimeSpan.FromMilliseconds(300));
        var stopwatch = Stopwatch.StartNew();

        // The alias runs `sleep` as a child of git holding our stdout pipe: unless the child dies too, the call
        // would last the full 30 seconds.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => env.Git.RunAsync(env.Directory, ["-c", "alias.slow=!sleep 30", "slow"], cts.Token));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
    }
}
