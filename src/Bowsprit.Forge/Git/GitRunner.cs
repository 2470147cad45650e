using System.Diagnostics;

namespace Bowsprit.Forge.Git;

/// <summary>
/// Runs the <c>git</c> executable without a shell, in a hermetic environment: the user's global and system
/// configuration are never read, so the forge behaves the same on every machine and in every test.
/// </summary>
public sealed class GitRunner
{
    // Configuration every git process gets. gc.autoDetach=false matters: a detached `git gc --auto` would inherit our
    // stdout pipe and keep the read open (and the temp directory busy) after git itself has exited.
    private static readonly KeyValuePair<string, string>[] BaseConfig =
    [
        new("commit.gpgSign", "false"),
        new("tag.gpgSign", "false"),
        new("gc.autoDetach", "false"),
        new("init.defaultBranch", "main"),
        new("advice.detachedHead", "false"),
        new("core.quotePath", "false"),
        new("user.name", GitIdentity.Forge.Name),
        new("user.email", GitIdentity.Forge.Email),
    ];

    public GitRunner(string gitExecutable = "git", string? homeDirectory = null)
    {
        GitExecutable = gitExecutable;
        HomeDirectory = homeDirectory ?? Path.Combine(Path.GetTempPath(), "bowsprit-git-home");
        Directory.CreateDirectory(HomeDirectory);
    }

    public string GitExecutable { get; }

    /// <summary>HOME for git; nothing is read from it because global configuration is disabled.</summary>
    public string HomeDirectory { get; }

    public Task<GitResult> RunAsync(string? workingDirectory, IReadOnlyList<string> arguments, CancellationToken cancellationToken = default) =>
        RunAsync(arguments, new GitRunOptions { WorkingDirectory = workingDirectory }, cancellationToken);

    /// <summary>
    /// Runs git to completion and returns its exit code and output; a non-zero exit code is not an exception
    /// (call <see cref="GitResult.EnsureSuccess"/>). Cancellation kills git and every process it started.
    /// </summary>
    public async Task<GitResult> RunAsync(IReadOnlyList<string> arguments, GitRunOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        options ??= new GitRunOptions();
        using var process = new Process { StartInfo = CreateStartInfo(arguments, options) };
        process.Start();

        using var output = new MemoryStream();
        using var error = new MemoryStream();
        // The pipes are drained without the token: killing the process closes them, which ends the copies.
        var readOutput = process.StandardOutput.BaseStream.CopyToAsync(output, CancellationToken.None);
        var readError = process.StandardError.BaseStream.CopyToAsync(error, CancellationToken.None);
        await using (cancellationToken.Register(() => KillTree(process)))
        {
            await WriteInputAsync(process, options.StandardInput);
            await Task.WhenAll(readOutput, readError);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new GitResult(arguments, process.ExitCode, output.ToArray(), error.ToArray());
    }

    /// <summary>Builds the process start info with the hermetic environment; also used to run <c>git http-backend</c>.</summary>
    internal ProcessStartInfo CreateStartInfo(IReadOnlyList<string> arguments, GitRunOptions options)
    {
        var info = new ProcessStartInfo(GitExecutable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = options.WorkingDirectory ?? HomeDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var env = info.Environment;
        // Inherited GIT_* variables (GIT_DIR from a hook, GIT_INDEX_FILE, a developer's GIT_CONFIG_*) would redirect
        // our commands to other repositories or configuration.
        foreach (var name in env.Keys.Where(k => k.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            env.Remove(name);
        }

        env.Remove("SSH_ASKPASS");
        env["HOME"] = HomeDirectory;
        env["XDG_CONFIG_HOME"] = HomeDirectory;
        env["GIT_CONFIG_GLOBAL"] = "/dev/null";
        env["GIT_CONFIG_NOSYSTEM"] = "1";
        env["GIT_TERMINAL_PROMPT"] = "0";
        env["GIT_ASKPASS"] = "";
        env["LC_ALL"] = "C";
        env["GIT_AUTHOR_NAME"] = GitIdentity.Forge.Name;
        env["GIT_AUTHOR_EMAIL"] = GitIdentity.Forge.Email;
        env["GIT_COMMITTER_NAME"] = GitIdentity.Forge.Name;
        env["GIT_COMMITTER_EMAIL"] = GitIdentity.Forge.Email;

        var config = options.Config is null ? BaseConfig : [.. BaseConfig, .. options.Config];
        env["GIT_CONFIG_COUNT"] = config.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var i = 0; i < config.Length; i++)
        {
            env[$"GIT_CONFIG_KEY_{i}"] = config[i].Key;
            env[$"GIT_CONFIG_VALUE_{i}"] = config[i].Value;
        }

        if (options.Environment is not null)
        {
            foreach (var (name, value) in options.Environment)
            {
                if (value is null)
                {
                    env.Remove(name);
                }
                else
                {
                    env[name] = value;
                }
            }
        }

        return info;
    }

    internal static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static async Task WriteInputAsync(Process process, byte[]? input)
    {
        var stdin = process.StandardInput.BaseStream;
        try
        {
            if (input is { Length: > 0 })
            {
                await stdin.WriteAsync(input, CancellationToken.None);
            }

            await stdin.FlushAsync(CancellationToken.None);
        }
        catch (IOException)
        {
            // git exited (or was killed) before reading all input; its exit code tells the story.
        }
        finally
        {
            try
            {
                stdin.Close();
            }
            catch (IOException)
            {
                // Same as above: the pipe is already broken.
            }
        }
    }
}
