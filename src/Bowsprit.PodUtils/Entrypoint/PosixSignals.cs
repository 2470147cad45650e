using System.Runtime.InteropServices;

namespace Bowsprit.PodUtils.Entrypoint;

/// <summary>
/// Sends a chosen signal to a process. .NET's <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL,
/// which a job cannot trap, so the graceful step of Prow's timeout (SIGINT, then SIGKILL after the grace period)
/// needs libc's kill(2). Calling it directly avoids spawning <c>kill</c>, which might be missing from the image.
/// </summary>
internal static partial class PosixSignals
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    /// <returns>False when the process no longer exists or the signal could not be sent.</returns>
    public static bool TrySend(int processId, int signal)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        return Kill(processId, signal) == 0;
    }

    // "libc" resolves to libc.so.6 on Linux (the runtime special-cases it) and to libSystem on macOS.
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
