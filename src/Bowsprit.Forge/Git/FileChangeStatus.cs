namespace Bowsprit.Forge.Git;

/// <summary>GitHub's file status in pull request and compare file lists (lower-cased on the wire).</summary>
public enum FileChangeStatus
{
    Added,
    Removed,
    Modified,
    Renamed,
    Copied,

    /// <summary>The type changed, e.g. a file became a symlink (git's "T").</summary>
    Changed,
}
