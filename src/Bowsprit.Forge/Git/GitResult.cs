using System.Text;

namespace Bowsprit.Forge.Git;

/// <summary>What a finished git process returned. Output is kept as bytes because blobs are binary.</summary>
public sealed record GitResult(IReadOnlyList<string> Arguments, int ExitCode, byte[] StandardOutput, byte[] StandardError)
{
    public bool Succeeded => ExitCode == 0;

    public string Output => Encoding.UTF8.GetString(StandardOutput);

    public string Error => Encoding.UTF8.GetString(StandardError);

    /// <summary>The command line for messages; arguments are joined without quoting and never re-run.</summary>
    public string Command => "git " + string.Join(' ', Arguments);

    /// <summary>Returns this result, or throws <see cref="GitCommandException"/> when git failed.</summary>
    public GitResult EnsureSuccess() =>
        Succeeded ? this : throw new GitCommandException(Command, ExitCode, Error);
}
