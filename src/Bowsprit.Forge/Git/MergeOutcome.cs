namespace Bowsprit.Forge.Git;

/// <summary>
/// The result of a test merge. Clean: <see cref="MergeCommitSha"/> is a merge commit (not on any branch) whose tree is
/// <see cref="TreeSha"/>. Conflicting: <see cref="ConflictingPaths"/> names the files, and there is no commit.
/// </summary>
public sealed record MergeOutcome(bool Clean, string? MergeCommitSha, string? TreeSha, IReadOnlyList<string> ConflictingPaths);
