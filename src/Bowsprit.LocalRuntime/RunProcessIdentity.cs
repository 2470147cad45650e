using System.Globalization;
using System.Text;

namespace Bowsprit.LocalRuntime;

/// <summary>
/// Whether a pid recorded in a run's <c>run.json</c> still belongs to that run. Pids are reused, so before
/// killing what a previous Bowsprit process left behind, the process must show it is the run's: bubblewrap's
/// command line names the workspace, and an unsandboxed job's environment carries its <c>PROW_JOB_ID</c>.
/// </summary>
internal static class RunProcessIdentity
{
    public static bool IsRunOf(int pid, string workspace, string jobName)
    {
        var proc = $"/proc/{pid.ToString(CultureInfo.InvariantCulture)}";
        return Contains($"{proc}/cmdline", workspace) || Contains($"{proc}/environ", $"PROW_JOB_ID={jobName}\0");
    }

    private static bool Contains(string file, string value)
    {
        try
        {
            // NUL-separated; a trailing NUL in the value anchors the end of an environment entry.
            var content = Encoding.UTF8.GetString(File.ReadAllBytes(file));
            return content.Contains(value, StringComparison.Ordinal) ||
                (value.EndsWith('\0') && content.EndsWith(value[..^1], StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
