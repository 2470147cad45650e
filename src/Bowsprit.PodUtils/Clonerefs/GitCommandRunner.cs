using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Bowsprit.PodUtils.Clonerefs;

/// <summary>Runs the real <c>git</c> binary in one directory and reports each run as a <see cref="CloneCommand"/>.</summary>
internal sealed class GitCommandRunner(string workingDirectory, TimeProvider timeProvider)
{
    public async Task<(CloneCommand Command, int ExitCode)> RunAsync(
        IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var record = new CloneCommand { Command = "git " + string.Join(' ', args) };
        var started = timeProvider.GetTimestamp();
        var startInfo = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            startInfo.ArgumentList.Add(arg);
        }

        // A credential prompt would hang an unattended clone forever.
        startInfo.Environment["GIT_TERMINAL_PROMPT"] = "0";
        startInfo.Environment["GIT_MERGE_AUTOEDIT"] = "no";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            record.Error = e.Message;
            record.Duration = timeProvider.GetElapsedTime(started);
            return (record, -1);
        }

        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        output.Append(await stdout.ConfigureAwait(false)).Append(await stderr.ConfigureAwait(false));
        record.Output = output.ToString();
        record.Duration = timeProvider.GetElapsedTime(started);
        if (process.ExitCode != 0)
        {
            record.Error = $"exit status {process.ExitCode}";
        }

        return (record, process.ExitCode);
    }
}
