using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>
/// Prow's entrypoint: runs the job's command, tees its output to the process log, enforces the timeout
/// (SIGINT, grace period, then SIGKILL of the whole tree) and records the exit code in the marker file.
/// Cancelling <see cref="RunAsync"/> is the in-process equivalent of the entrypoint receiving SIGINT/SIGTERM.
/// </summary>
/// <param name="options">Prow's entrypoint options.</param>
/// <param name="timeProvider">Clock for the timeout and grace period.</param>
/// <param name="output">Where the job's output is echoed besides the process log (the container's stdout).</param>
/// <param name="hooks">What an in-process host adds (environment, pid, signal target); none in a pod.</param>
public sealed class EntrypointRunner(
    EntrypointOptions options, TimeProvider timeProvider, TextWriter? output = null, EntrypointProcessHooks? hooks = null)
{
    private static readonly TimeSpan MarkerPollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs the command to completion and returns the code the entrypoint process should exit with.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(options.ProcessLog);
        ArgumentException.ThrowIfNullOrEmpty(options.MarkerFile);
        if (options.Args.Count == 0)
        {
            throw new InvalidOperationException("Entrypoint options: args must name a command to run");
        }

        if (!string.IsNullOrEmpty(options.ArtifactDir))
        {
            Directory.CreateDirectory(options.ArtifactDir);
        }

        int code;
        var sink = new ProcessLogSink(options.ProcessLog!, output);
        await using (sink.ConfigureAwait(false))
        {
            code = await PreviousStepCodeAsync(sink, cancellationToken).ConfigureAwait(false)
                ?? await ExecuteAsync(sink, cancellationToken).ConfigureAwait(false);
        }

        // The marker is written even when cancelled: the sidecar waits on it to finish the upload.
        await AtomicFile.WriteAllTextAsync(
            options.MarkerFile!, code.ToString(CultureInfo.InvariantCulture), CancellationToken.None).ConfigureAwait(false);
        return options.AlwaysZero ? 0 : code;
    }

    /// <summary>
    /// Steps of a multi-step job run in order: wait for the previous step's marker, and skip this step when it
    /// failed. Returns null when this step should run.
    /// </summary>
    private async Task<int?> PreviousStepCodeAsync(ProcessLogSink sink, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.PreviousMarker))
        {
            return null;
        }

        string content;
        try
        {
            while (!File.Exists(options.PreviousMarker))
            {
                await Task.Delay(MarkerPollInterval, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            content = await File.ReadAllTextAsync(options.PreviousMarker, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return EntrypointExitCodes.Aborted;
        }

        if (int.TryParse(content.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var previous) && previous == 0)
        {
            return null;
        }

        await sink.WriteLineAsync(
            $"Previous step failed (marker {options.PreviousMarker}: {content.Trim()}); not running", CancellationToken.None).ConfigureAwait(false);
        return EntrypointExitCodes.PreviousStepFailed;
    }

    private async Task<int> ExecuteAsync(ProcessLogSink sink, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = CreateStartInfo() };
        try
        {
            process.Start();
            hooks?.Started?.Invoke(process.Id);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            await sink.WriteLineAsync($"Could not start the process: {e.Message}", CancellationToken.None).ConfigureAwait(false);
            return EntrypointExitCodes.InternalError;
        }

        // Pumps run to EOF regardless of the job's cancellation, so output produced while it shuts down is kept.
        var pumps = Task.WhenAll(
            sink.PumpAsync(process.StandardOutput.BaseStream, CancellationToken.None),
            sink.PumpAsync(process.StandardError.BaseStream, CancellationToken.None));

        var outcome = await WaitAsync(process, cancellationToken).ConfigureAwait(false);
        await DrainAsync(pumps).ConfigureAwait(false);

        switch (outcome)
        {
            case Outcome.TimedOut:
                await sink.WriteLineAsync(
                    $"Process did not finish before {options.EffectiveTimeout} timeout", CancellationToken.None).ConfigureAwait(false);
                return EntrypointExitCodes.InternalError;
            case Outcome.Interrupted:
                await sink.WriteLineAsync("Entrypoint received interrupt", CancellationToken.None).ConfigureAwait(false);
                return EntrypointExitCodes.Aborted;
            default:
                return process.ExitCode;
        }
    }

    private ProcessStartInfo CreateStartInfo()
    {
        var startInfo = new ProcessStartInfo(options.Args[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
        };
        foreach (var arg in options.Args.Skip(1))
        {
            startInfo.ArgumentList.Add(arg);
        }

        // In a pod the decorated container's env already says this; in-process (local runtime) only we know it.
        if (!string.IsNullOrEmpty(options.ArtifactDir))
        {
            startInfo.Environment["ARTIFACTS"] = Path.GetFullPath(options.ArtifactDir);
        }

        hooks?.Configure?.Invoke(startInfo);
        return startInfo;
    }

    private async Task<Outcome> WaitAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.EffectiveTimeout, timeProvider);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(either.Token).ConfigureAwait(false);
            return Outcome.Exited;
        }
        catch (OperationCanceledException)
        {
            var outcome = cancellationToken.IsCancellationRequested ? Outcome.Interrupted : Outcome.TimedOut;
            await TerminateGracefullyAsync(process).ConfigureAwait(false);
            return outcome;
        }
    }

    /// <summary>SIGINT first, as Prow does, so the job can clean up and flush; SIGKILL once the grace period ends.</summary>
    private async Task TerminateGracefullyAsync(Process process)
    {
        if (PosixSignals.TrySend(hooks?.InterruptTarget?.Invoke(process.Id) ?? process.Id, PosixSignals.SigInt))
        {
            using var grace = new CancellationTokenSource(options.EffectiveGracePeriod, timeProvider);
            try
            {
                await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException)
            {
                // Fall through to the hard kill.
            }
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the grace period ending and the kill.
        }

        await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// A background grandchild can keep the output pipes open after the command exits; waiting for EOF
    /// without a bound would hang the job, so the drain gets at most one grace period.
    /// </summary>
    private async Task DrainAsync(Task pumps)
    {
        try
        {
            await pumps.WaitAsync(options.EffectiveGracePeriod, timeProvider).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The sink drops anything that arrives after it is closed.
        }
    }

    private enum Outcome
    {
        Exited,
        TimedOut,
        Interrupted,
    }
}
