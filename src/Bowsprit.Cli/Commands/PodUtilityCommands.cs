using System.CommandLine;
using System.Runtime.InteropServices;
using Bowsprit.Core.ProwJobs;
using Bowsprit.PodUtils;
using Bowsprit.PodUtils.Clonerefs;
using Bowsprit.PodUtils.Entrypoint;
using Bowsprit.PodUtils.Initupload;
using Bowsprit.PodUtils.Sidecar;
using Bowsprit.PodUtils.Upload;

namespace Bowsprit.Cli.Commands;

/// <summary>
/// <c>bowsprit clonerefs|initupload|entrypoint|sidecar</c>: the pod utilities as container commands. Like Prow's,
/// they take their options from environment variables (<c>CLONEREFS_OPTIONS</c>, <c>INITUPLOAD_OPTIONS</c>,
/// <c>ENTRYPOINT_OPTIONS</c>, <c>SIDECAR_OPTIONS</c>, plus <c>JOB_SPEC</c>), so a pod built for Prow's images
/// works with these. A bad options document exits 1 with a message naming the variable and field.
/// </summary>
internal static class PodUtilityCommands
{
    public static IEnumerable<Command> Create()
    {
        yield return Utility("clonerefs", "Clone the job's refs (CLONEREFS_OPTIONS) and write the clone records.", RunClonerefsAsync);
        yield return Utility("initupload", "Upload started.json and the clone records (INITUPLOAD_OPTIONS, JOB_SPEC).", RunInituploadAsync);
        yield return Utility("entrypoint", "Run the job's command with Prow's timeout, log and marker semantics (ENTRYPOINT_OPTIONS).", RunEntrypointAsync);
        yield return Utility("sidecar", "Wait for the job, then upload its logs, artifacts and finished.json (SIDECAR_OPTIONS, JOB_SPEC).", RunSidecarAsync);
    }

    private static Command Utility(string name, string description, Func<TextWriter, CancellationToken, Task<int>> run)
    {
        var command = new Command(name, description);
        command.SetAction(async (parse, _) =>
        {
            var error = parse.InvocationConfiguration.Error;
            using var interrupted = new CancellationTokenSource();
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
            try
            {
                return await run(error, interrupted.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OptionsParseException or FormatException or InvalidOperationException or InvalidDataException or NotSupportedException)
            {
                await error.WriteLineAsync($"{name}: {e.Message}").ConfigureAwait(false);
                return 1;
            }

            // The utilities end gracefully on their own terms (entrypoint forwards it, sidecar uploads as aborted).
            void Interrupt(PosixSignalContext context)
            {
                context.Cancel = true;
                interrupted.Cancel();
            }
        });
        return command;
    }

    private static async Task<int> RunClonerefsAsync(TextWriter error, CancellationToken ct)
    {
        var options = ClonerefsOptionsParser.Parse(Environment.GetEnvironmentVariable(ClonerefsOptionsParser.EnvironmentVariable));
        var result = await new ClonerefsRunner(options, TimeProvider.System).RunAsync(ct).ConfigureAwait(false);
        foreach (var failed in result.Records.Where(r => r.Failed))
        {
            await error.WriteLineAsync($"clonerefs: cloning {failed.Refs.Org}/{failed.Refs.Repo} failed; see {options.Log}").ConfigureAwait(false);
        }

        return result.ExitCode;
    }

    private static async Task<int> RunInituploadAsync(TextWriter error, CancellationToken ct)
    {
        var options = InituploadOptions.Parse(Environment.GetEnvironmentVariable(InituploadOptions.EnvironmentVariable));
        var spec = DownwardJobSpec.Parse(Environment.GetEnvironmentVariable(DownwardJobSpec.EnvironmentVariable));
        var target = await UploadTarget.OpenAsync(options.Upload, spec, TimeProvider.System, ct).ConfigureAwait(false);
        try
        {
            return await new InituploadRunner(options, TimeProvider.System)
                .RunAsync(target, spec, Environment.GetEnvironmentVariable("NODE_NAME") ?? Environment.MachineName, ct).ConfigureAwait(false);
        }
        finally
        {
            (target?.Store as IDisposable)?.Dispose();
        }
    }

    private static Task<int> RunEntrypointAsync(TextWriter error, CancellationToken ct)
    {
        var options = EntrypointOptionsParser.Parse(Environment.GetEnvironmentVariable(EntrypointOptionsParser.EnvironmentVariable));
        return new EntrypointRunner(options, TimeProvider.System, Console.Out).RunAsync(ct);
    }

    private static async Task<int> RunSidecarAsync(TextWriter error, CancellationToken ct)
    {
        var options = SidecarOptions.Parse(Environment.GetEnvironmentVariable(SidecarOptions.EnvironmentVariable));
        var spec = DownwardJobSpec.Parse(Environment.GetEnvironmentVariable(DownwardJobSpec.EnvironmentVariable));
        var target = await UploadTarget.OpenAsync(options.GcsOptions!, spec, TimeProvider.System, CancellationToken.None).ConfigureAwait(false);
        try
        {
            return await new SidecarRunner(options, TimeProvider.System, error).RunAsync(target, spec, ct).ConfigureAwait(false);
        }
        finally
        {
            (target?.Store as IDisposable)?.Dispose();
        }
    }
}
