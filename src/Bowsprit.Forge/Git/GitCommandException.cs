namespace Bowsprit.Forge.Git;

/// <summary>A git command exited with a non-zero code where success was required.</summary>
public sealed class GitCommandException(string command, int exitCode, string standardError)
    : Exception($"'{command}' exited with code {exitCode}: {Trim(standardError)}")
{
    public string Command { get; } = command;

    public int ExitCode { get; } = exitCode;

    public string StandardError { get; } = standardError;

    private static string Trim(string text)
    {
        text = text.Trim();
        return text.Length <= 2000 ? text : text[..2000] + "…";
    }
}
