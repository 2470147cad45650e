using System.Diagnostics;

namespace Bowsprit.Testing.Git;

/// <summary>Runs the real git binary for test setup and assertions; identity and signing are pinned like Prow's localgit.</summary>
public static class LocalGit
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
        // Shared with every test project, so no test framework here: a git call in setup is bounded by itself.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var ct = timeout.Token;
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
