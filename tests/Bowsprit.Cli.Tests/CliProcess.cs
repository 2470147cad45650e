using System.Diagnostics;

namespace Bowsprit.Cli.Tests;

/// <summary>Runs the built <c>bowsprit</c> as its own process, for commands that read their environment or must be killed.</summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "bowsprit.dll");

    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args) =>
        StartIn(null, environment, args);

    public static Process StartIn(string? workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start bowsprit");
    }

    /// <summary>Runs to completion; returns the exit code and both outputs.</summary>
    public static Task<(int Code, string Output, string Error)> RunAsync(
        IReadOnlyDictionary<string, string> environment, CancellationToken ct, params string[] args) =>
        RunInAsync(null, environment, ct, args);

    public static async Task<(int Code, string Output, string Error)> RunInAsync(
        string? workingDirectory, IReadOnlyDictionary<string, string> environment, CancellationToken ct, params string[] args)
    {
        using var process = StartIn(workingDirectory, environment, args);
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, await output, await error);
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts <c>bowsprit serve --port PORT ARGS</c> and returns once <c>/healthz</c> answers; fails with its output if it exits.</summary>
    public static async Task<Process> StartServeAsync(int port, CancellationToken ct, params string[] args)
    {
        var process = Start(new Dictionary<string, string>(), ["serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. args]);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 400; attempt++)
        {
            if (process.HasExited)
            {
                Assert.Fail($"serve exited with {process.ExitCode}:\n{output}");
            }

            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{port}/healthz", ct)).IsSuccessStatusCode)
                {
                    return process;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50, ct);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException($"serve did not become healthy:\n{output}");
    }
}
