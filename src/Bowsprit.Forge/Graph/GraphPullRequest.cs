namespace Bowsprit.Forge.Graph;

/// <summary>A pull request snapshot taken under the state lock, so resolvers never touch live state.</summary>
internal sealed record GraphPullRequest(
    long Id, int Number, string Title, string Body, string Author, string BaseRefName, string BaseRefOid, string HeadRefName, string HeadRefOid,
    string Mergeable, bool IsDraft, bool Merged, string State, IReadOnlyList<string> Labels, string? Milestone, string? ReviewDecision,
    GraphRepository Repository, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Url, int Additions, int Deletions, int ChangedFiles,
    IReadOnlyList<GraphStatusContext> Contexts, IReadOnlyList<GraphCheckRun> CheckRuns);
