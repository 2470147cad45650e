namespace Bowsprit.Forge.Git;

/// <summary>
/// One file of a pull request's diff, like an entry of GitHub's <c>GET /repos/{o}/{r}/pulls/{n}/files</c>.
/// <see cref="Patch"/> is the hunks only (from the first "@@"), null for binary files and pure renames.
/// </summary>
public sealed record FileDiff(
    string Filename,
    FileChangeStatus Status,
    int Additions,
    int Deletions,
    bool Binary,
    string? PreviousFilename = null,
    string? Patch = null)
{
    public int Changes => Additions + Deletions;
}
