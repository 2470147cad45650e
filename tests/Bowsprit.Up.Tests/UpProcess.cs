using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bowsprit.Cli.Tests;
using Bowsprit.Server.Up;

namespace Bowsprit.Up.Tests;

/// <summary>A real <c>bowsprit up --plain</c> process on a free port with its own data dir, and its output for failure messages.</summary>
internal sealed class UpProcess : IDisposable
{
    private readonly StringBuilder _output = new();

    private UpProcess(Process process) => Process = process;

    public Process Process { get; }

    public UpEndpoints Endpoints { get; private set; } = null!;

    public TimeSpan Ready { get; private set; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<UpProcess> StartAsync(string dataDir, int port, CancellationToken ct, params string[] extra)
    {
        var clock = Stopwatch.StartNew();
        var up = new UpProcess(CliProcess.Start(new Dictionary<string, string>(),
            ["up", "--plain", "--data-dir", dataDir, "--port", port.ToString(CultureInfo.InvariantCulture), .. extra]));
        up.Process.OutputDataReceived += (_, e) => up.Append(e.Data);
        up.Process.ErrorDataReceived += (_, e) => up.Append(e.Data);
        up.Process.BeginOutputReadLine();
        up.Process.BeginErrorReadLine();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            if (up.Process.HasExited)
            {
                throw new InvalidOperationException($"bowsprit up exited with {up.Process.ExitCode}:\n{up.Output}");
            }

            // A file left by a killed predecessor names another pid.
            if (ReadEndpoints(dataDir) is { } endpoints && endpoints.Pid == up.Process.Id)
            {
                up.Endpoints = endpoints;
                up.Ready = clock.Elapsed;
                return up;
            }

            await Task.Delay(50, ct);
        }

        up.Process.Kill(entireProcessTree: true);
        throw new TimeoutException($"bowsprit up wrote no endpoints.json within 30 s:\n{up.Output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGTERM, as a service manager or Ctrl-C would stop it.</summary>
    public async Task<int> TerminateAsync(CancellationToken ct)
    {
        using (var kill = System.Diagnostics.Process.Start("kill", ["-TERM", Process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(ct);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await Process.WaitForExitAsync(timeout.Token);
        return Process.ExitCode;
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private static UpEndpoints? ReadEndpoints(string dataDir)
    {
        try
        {
            return UpEndpoints.Read(dataDir);
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
