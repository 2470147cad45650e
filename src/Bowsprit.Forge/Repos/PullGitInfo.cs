using Bowsprit.Forge.State;

namespace Bowsprit.Forge.Repos;

/// <summary>What git says about a pull request at one moment.</summary>
public sealed record PullGitInfo(string BaseSha, string HeadSha, bool Mergeable, string? MergeSha, int Commits, int Additions, int Deletions, int ChangedFiles)
{
    public static void Apply(PullGitInfo info, ForgePull pull)
    {
        pull.BaseSha = info.BaseSha;
        pull.HeadSha = info.HeadSha;
        pull.Mergeable = info.Mergeable;
        pull.Commits = info.Commits;
        pull.Additions = info.Additions;
        pull.Deletions = info.Deletions;
        pull.ChangedFiles = info.ChangedFiles;
    }
}
