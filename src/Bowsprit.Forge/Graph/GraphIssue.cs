namespace Bowsprit.Forge.Graph;

/// <summary>An issue snapshot for search results that are not pull requests.</summary>
internal sealed record GraphIssue(long Id, int Number, string Title, string Body, string Author, string State, IReadOnlyList<string> Labels, GraphRepository Repository, string Url);
