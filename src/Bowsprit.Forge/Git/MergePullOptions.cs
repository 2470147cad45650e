namespace Bowsprit.Forge.Git;

/// <summary>Optional settings of <see cref="BareRepository.MergePullAsync"/>.</summary>
public sealed record MergePullOptions
{
    /// <summary>Author of the merge or squash commit (GitHub uses the pull request's author for squash); default: the committer.</summary>
    public GitIdentity? Author { get; init; }

    /// <summary>The base sha the caller checked mergeability against; the merge fails with BaseMoved if the branch is elsewhere.</summary>
    public string? ExpectedBaseSha { get; init; }
}
