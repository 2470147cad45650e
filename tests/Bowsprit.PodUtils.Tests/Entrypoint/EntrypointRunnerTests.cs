using Bowsprit.PodUtils.Entrypoint;

namespace Bowsprit.PodUtils.Tests.Entrypoint;

/// <summary>Runs real processes through <c>/bin/sh</c>; timeouts are kept short so the suite stays fast.</summary>
public sealed class EntrypointRunnerTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private EntrypointOptions Options(string script, TimeSpan? timeout = null, TimeSpan? grace = null, bool alwaysZero = false) => new()
    {
        Args = ["/bin/sh", "-c", script],
        Timeout = timeout ?? TimeSpan.FromSeconds(30),
        GracePeriod = grace ?? TimeSpan.FromSeconds(5),
        ProcessLog = _dir.File("process-log.txt"),
        MarkerFile = _dir.File("marker-file.txt"),
        ArtifactDir = _dir.File("artifacts"),
        AlwaysZero = alwaysZero,
    };

    private static Task<int> RunAsync(EntrypointOptions options, TextWriter? output = null, CancellationToken? token = null) =>
        new EntrypointRunner(options, TimeProvider.System, output).RunAsync(token ?? TestContext.Current.CancellationToken);

    private Task<string> Marker() => Read("marker-file.txt");

    private Task<string> Log() => Read("process-log.txt");

    private Task<string> Read(string name) => File.ReadAllTextAsync(_dir.File(name), TestContext.Current.CancellationToken);

    [Fact]
    public async Task RunAsync_Success_WritesZeroMarkerAndCreatesArtifactDir()
    {
        var code = await RunAsync(Options("echo hello"));

        Assert.Equal(0, code);
        Assert.Equal("0", await Marker());
        Assert.Equal("hello\n", await Log());
        Assert.True(Directory.Exists(_dir.File("artifacts")));
    }

    [Fact]
    public async Task RunAsync_NonZeroExit_IsPropagated()
    {
        var code = await RunAsync(Options("exit 3"));

        Assert.Equal(3, code);
        Assert.Equal("3", await Marker());
    }

    [Fact]
    public async Task RunAsync_AlwaysZero_ExitsZeroButMarkerKeepsRealCode()
    {
        var code = await RunAsync(Options("exit 4", alwaysZero: true));

        Assert.Equal(0, code);
        Assert.Equal("4", await Marker());
    }

    [Fact]
    public async Task RunAsync_CommandNotFound_Returns127()
    {
        var options = Options("unused") with { Args = [_dir.File("no-such-command")] };

        var code = await RunAsync(options);

        Assert.Equal(EntrypointExitCodes.InternalError, code);
        Assert.Equal("127", await Marker());
        Assert.Contains("Could not start the process", await Log(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Output_IsCapturedInOrderAndEchoed()
    {
        using var echo = new StringWriter();

        await RunAsync(Options("for i in 1 2 3 4 5; do echo line$i; done; echo err >&2"), echo);

        Assert.Equal("line1\nline2\nline3\nline4\nline5\nerr\n", await Log());
        Assert.Equal(await Log(), echo.ToString());
    }

    [Fact]
    public async Task RunAsync_Timeout_SendsSigintThatTheJobCanTrap()
    {
        var trapped = _dir.File("trapped");
        // `sleep & wait` because sh runs a trap only after a foreground child returns.
        var script = $"trap 'echo interrupted > {trapped}; kill $! 2>/dev/null; exit 5' INT; echo started; sleep 30 & wait";

        var code = await RunAsync(Options(script, timeout: TimeSpan.FromMilliseconds(500)));

        Assert.Equal(EntrypointExitCodes.InternalError, code);
        Assert.Equal("127", await Marker());
        Assert.Equal("interrupted\n", await Read("trapped"));
        Assert.Contains("did not finish before", await Log(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TimeoutIgnored_KillsAfterGracePeriod()
    {
        var script = "trap '' INT; echo started; while :; do sleep 0.05; done";
        var started = TimeProvider.System.GetTimestamp();

        var code = await RunAsync(Options(script, timeout: TimeSpan.FromMilliseconds(300), grace: TimeSpan.FromMilliseconds(300)));

        Assert.Equal(EntrypointExitCodes.InternalError, code);
        Assert.Equal("127", await Marker());
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(550), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task RunAsync_Cancelled_ForwardsInterruptAndReturns130()
    {
        var trapped = _dir.File("trapped");
        var script = $"trap 'echo interrupted > {trapped}; kill $! 2>/dev/null; exit 0' INT; echo started; sleep 30 & wait";
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromMilliseconds(300));

        var code = await RunAsync(Options(script), token: cts.Token);

        Assert.Equal(EntrypointExitCodes.Aborted, code);
        Assert.Equal("130", await Marker());
        Assert.Equal("interrupted\n", await Read("trapped"));
    }

    [Fact]
    public async Task RunAsync_ArtifactDir_IsExportedAsArtifacts()
    {
        await RunAsync(Options("echo \"$ARTIFACTS\"; echo '{\"k\":1}' > \"$ARTIFACTS/metadata.json\""));

        Assert.Equal(_dir.File("artifacts") + "\n", await Log());
        Assert.True(File.Exists(_dir.File("artifacts/metadata.json")));
    }

    [Fact]
    public async Task RunAsync_PreviousStepFailed_SkipsTheCommandWith129()
    {
        await File.WriteAllTextAsync(_dir.File("previous-marker.txt"), "2", TestContext.Current.CancellationToken);
        var options = Options($"touch {_dir.File("ran")}") with { PreviousMarker = _dir.File("previous-marker.txt") };

        var code = await RunAsync(options);

        Assert.Equal(EntrypointExitCodes.PreviousStepFailed, code);
        Assert.Equal("129", await Marker());
        Assert.False(File.Exists(_dir.File("ran")));
    }

    [Fact]
    public async Task RunAsync_PreviousStepWrittenLater_WaitsThenRuns()
    {
        var options = Options("echo ran") with { PreviousMarker = _dir.File("previous-marker.txt") };

        var run = RunAsync(options);
        Assert.False(run.IsCompleted);
        await File.WriteAllTextAsync(_dir.File("previous-marker.txt"), "0", TestContext.Current.CancellationToken);

        Assert.Equal(0, await run);
        Assert.Equal("ran\n", await Log());
    }
}
