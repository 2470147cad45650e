namespace Bowsprit.Forge.Git;

/// <summary>GitHub's <c>merge_method</c> of <c>PUT /repos/{o}/{r}/pulls/{n}/merge</c>.</summary>
public enum MergeMethod
{
    Merge,
    Squash,
    Rebase,
}
