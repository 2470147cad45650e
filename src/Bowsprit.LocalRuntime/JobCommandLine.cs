namespace Bowsprit.LocalRuntime;

/// <summary>
/// The argv the entrypoint runs for a job: a tiny shell shim that records the job's pid (for orphan cleanup after a
/// restart) and enters the working directory, then optionally bubblewrap, then <c>env -i</c> so the job sees its
/// own environment and none of Bowsprit's (tokens, secrets).
/// </summary>
internal static class JobCommandLine
{
    // $0 = pid file, $1 = working directory, the rest is the command. exec keeps the pid, so the recorded one is
    // the process the job's tree hangs off.
    private const string Shim = "echo $$ > \"$0\" && cd \"$1\" && shift && exec \"$@\"";

    public static IReadOnlyList<string> Build(
        string? bwrap,
        string pidFile,
        string workspace,
        string workingDirectory,
        IReadOnlyList<string> hiddenPaths,
        IReadOnlyList<string> ownFiles,
        IReadOnlyList<(string Source, string Target)> volumes,
        IReadOnlyDictionary<string, string> environment,
        IReadOnlyList<string> command)
    {
        var argv = new List<string> { "/bin/sh", "-c", Shim, pidFile, workingDirectory };
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

        argv.AddRange(["env", "-i"]);
        argv.AddRange(environment.Select(e => $"{e.Key}={e.Value}"));
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
