using System.Globalization;

namespace Bowsprit.LocalRuntime;

/// <summary>
/// Finds the job's own process below bubblewrap. bwrap neither forwards signals to the sandbox nor survives one sent
/// to its process group (it dies and <c>--die-with-parent</c> SIGKILLs the job), so the graceful SIGINT of a timeout
/// or abort has to be sent to the job's process directly: the first process below the chain of bwrap processes
/// (the outer one and, with <c>--unshare-pid</c>, its init inside the namespace).
/// </summary>
internal static class SandboxedProcess
{
    public static int Innermost(int pid)
    {
        var current = pid;
        for (var depth = 0; depth < 4 && IsBubblewrap(current); depth++)
        {
            if (FirstChild(current) is not { } child)
            {
                break;
            }

            current = child;
        }

        return current;
    }

    private static bool IsBubblewrap(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/comm").Trim() == "bwrap";
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

    private static int? FirstChild(int pid)
    {
        var id = pid.ToString(CultureInfo.InvariantCulture);
        try
        {
            var children = File.ReadAllText($"/proc/{id}/task/{id}/children");
            var first = children.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
            return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var child) ? child : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
