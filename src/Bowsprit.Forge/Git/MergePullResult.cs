namespace Bowsprit.Forge.Git;

/// <summary>
/// The outcome of merging a pull request. When <see cref="Status"/> is <see cref="MergePullStatus.Merged"/>,
/// <see cref="Sha"/> is the new tip of the base branch and <see cref="PreviousBaseSha"/> the old one (a push event's
/// before and after).
/// </summary>
public sealed record MergePullResult(MergePullStatus Status, string? Sha, string? PreviousBaseSha, IReadOnlyList<string> ConflictingPaths)
{
    public bool Succeeded => Status == MergePullStatus.Merged;
}
