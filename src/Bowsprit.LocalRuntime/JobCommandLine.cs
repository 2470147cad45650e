namespace Bowsprit.LocalRuntime;

/// <summary>
/// The argv the entrypoint runs for a job: the job's command, inside bubblewrap when sandboxed. Environment and
/// working directory are set on the process itself (bubblewrap passes its environment on), so no shell or
/// <c>env</c> runs in between: two fewer programs started per run.
/// </summary>
internal static class JobCommandLine
{
    public static IReadOnlyList<string> Build(
        string? bwrap,
        string workspace,
        string workingDirectory,
        IReadOnlyList<string> hiddenPaths,
        IReadOnlyList<string> ownFiles,
        IReadOnlyList<(string Source, string Target)> volumes,
        IReadOnlyList<string> command)
    {
        var argv = new List<string>();
        if (bwrap is not null)
        {
            argv.AddRange([bwrap, "--die-with-parent", "--unshare-pid", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]);
            foreach (var hidden in hiddenPaths)
            {
                argv.AddRange(["--tmpfs", hidden]);
            }

            // After the tmpfs mounts: the workspace usually sits below a hidden root (or /tmp) and must show through.
            argv.AddRange(["--bind", workspace, workspace]);

            // Bowsprit's own records stay out of the job's reach; mounts here do not affect the host's view, so
            // Bowsprit keeps writing them from outside. Directories only: a file bind races with its atomic replace.
            foreach (var own in ownFiles)
            {
                argv.AddRange(["--ro-bind", own, own]);
            }

            foreach (var (source, target) in volumes)
            {
                argv.AddRange(["--bind", source, target]);
            }

            argv.AddRange(["--chdir", workingDirectory, "--"]);
        }

        argv.AddRange(command);
        return argv;
    }

    /// <summary>The bubblewrap executable on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
    }
}
