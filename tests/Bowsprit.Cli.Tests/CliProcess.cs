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
}
