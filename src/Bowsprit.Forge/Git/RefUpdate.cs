namespace Bowsprit.Forge.Git;

/// <summary>
/// One ref changed by a push. A created ref has <see cref="Before"/> = 40 zeros, a deleted one <see cref="After"/> =
/// 40 zeros, as in GitHub's push webhook. <see cref="Forced"/>: the old tip is not an ancestor of the new one.
/// </summary>
public sealed record RefUpdate(string Ref, string Before, string After, bool Forced = false)
{
    public const string ZeroSha = GitNames.ZeroSha;

    public bool IsCreate => Before == ZeroSha;

    public bool IsDelete => After == ZeroSha;
}
