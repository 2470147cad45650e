namespace Bowsprit.Forge.Git;

/// <summary>A commit with the paths it added, removed and modified relative to its first parent (a push webhook's commit).</summary>
public sealed record CommitChanges(
    GitCommitInfo Commit,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Modified);
