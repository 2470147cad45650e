namespace Bowsprit.Forge.Git;

public enum MergePullStatus
{
    Merged,

    /// <summary>The head does not merge (or, for rebase, replay) cleanly onto the base.</summary>
    Conflict,

    /// <summary>The base branch moved while merging (or was not at the expected sha); nothing was changed.</summary>
    BaseMoved,

    /// <summary>The head is already contained in the base.</summary>
    NothingToMerge,

    BaseNotFound,
}
