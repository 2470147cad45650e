namespace Bowsprit.Forge.Git;

/// <summary>A commit object as the REST API shows it. <see cref="Message"/> has no trailing newline, like GitHub's.</summary>
public sealed record GitCommitInfo(
    string Sha,
    string TreeSha,
    IReadOnlyList<string> Parents,
    GitSignature Author,
    GitSignature Committer,
    string Message);
