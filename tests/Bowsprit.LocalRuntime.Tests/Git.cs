using System.Diagnostics;

namespace Bowsprit.LocalRuntime.Tests;

/// <summary>Runs the real git binary for test setup and assertions; identity and signing are pinned like Prow's localgit.</summary>
internal static class Git
{
    public static async Task<string> RunAsync(string directory, params string[] args)
    {
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])["-c", "user.name=tester", "-c", "user.email=tester@example.com", "-c", "commit.gpgsign=false", .. args])
        {
            startInfo.ArgumentList.Add(arg);
        }

        using var process = Process.Start(startInfo)!;
        var ct = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {await stderr}");
        }

        return (await stdout).Trim();
    }
}
